package io.kumofleet.kumo;

import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which TLS certificates a node may present: the JVM's default trust, any certificate
 * ({@code trustAll}), or those signed by the CA(s) of a PEM file. Loaded once per client and shared
 * by the REST client, the Vert.x clients (traces) and the JDK's HTTPS client (metrics).
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

    /** How the JDK's HTTPS client applies this trust to a connection. */
    record Https(SSLSocketFactory sockets, HostnameVerifier anyHost) {

        void configure(HttpsURLConnection connection) {
            connection.setSSLSocketFactory(sockets);
            if (anyHost != null) {
                connection.setHostnameVerifier(anyHost);
            }
        }
    }

    /**
     * Sockets for the JDK's HTTPS client: the JVM's default trust, the CA file's, or (trust all) any
     * certificate for any host name; otherwise the host name is checked as by the other clients.
     */
    Https https() {
        if (!trustAll && trustStore.isEmpty()) {
            return new Https(HttpsURLConnection.getDefaultSSLSocketFactory(), null);
        }
        try {
            TrustManager[] managers;
            if (trustAll) {
                managers = new TrustManager[] {new AnyCertificate()};
            } else {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trustStore.get());
                managers = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers, null);
            return new Https(context.getSocketFactory(), trustAll ? (host, session) -> true : null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the CA certificates: " + e.getMessage(), e);
        }
    }

    /** Trusts every certificate: the node's {@code trust-all}, asked for explicitly. */
    private static final class AnyCertificate extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
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
