package io.kumofleet.kumo;

import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which TLS certificates a node may present: the JVM's default trust, any certificate
 * ({@code trustAll}), or those signed by the CA(s) of a PEM file. Loaded once per client and shared
 * by the REST client and the Vert.x clients (metrics, traces).
 */
record NodeTrust(boolean trustAll, Optional<KeyStore> trustStore) {

    static NodeTrust of(KumoEndpoint endpoint) {
        return new NodeTrust(endpoint.trustAll(), endpoint.caCert().map(path -> load(endpoint.name(), path)));
    }

    /** Vert.x trust options for the CA file, if one was given. */
    Optional<TrustOptions> vertxTrustOptions() {
        return trustStore.map(store -> {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                return TrustOptions.wrap(factory);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot use the CA certificates: " + e.getMessage(), e);
            }
        });
    }

    private static KeyStore load(String node, Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("node " + node + ": no certificate in " + pem);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("node " + node + ": cannot read the CA certificate file " + pem + ": " + e.getMessage(), e);
        }
    }
}
