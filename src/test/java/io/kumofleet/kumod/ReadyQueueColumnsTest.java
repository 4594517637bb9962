package io.kumofleet.kumod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadyQueueColumnsTest {

    private static String orNull(String s) {
        return "~".equals(s) ? null : s;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // name ; SITE ; SOURCE ; PROTO   ("~" = none, which kcli prints as an empty cell)
        "unspecified->gmail.com@smtp_client;gmail.com;unspecified;smtp_client",
        "my-source->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client;(alt1|alt2)?.gmail-smtp-in.l.google.com;my-source;smtp_client",
        "src->mx_list:a.example.com,b.example.com@smtp_client;mx_list:a.example.com,b.example.com;src;smtp_client",
        "unspecified->http://127.0.0.1:8008.tsa.kumomta@lua:make.http://127.0.0.1:8008.tsa.kumomta;http://127.0.0.1:8008.tsa.kumomta;unspecified;lua:make.http://127.0.0.1:8008.tsa.kumomta",
        "src->example.com@maildir:/var/mail/x@y;example.com;src;maildir:/var/mail/x@y",
        // kcli knows no other protocol: the suffix stays in SITE and PROTO is empty
        "src->http://10.0.0.1:8000/@xfer;http://10.0.0.1:8000/@xfer;src;~",
        "src->example.com@null;example.com@null;src;~",
        "src->example.com@defersmtpinject;example.com@defersmtpinject;src;~",
        // @lua: is looked for before @maildir:, both from the right
        "src->a@maildir:/m@lua:x;a@maildir:/m;src;lua:x",
        "no-arrow.example.com@smtp_client;no-arrow.example.com;~;smtp_client",
        "a->b->c@smtp_client;b->c;a;smtp_client",
        "a@lua:b->c;'';a@lua:b;lua:b->c",
    })
    void splitsLikeKcli(String name, String site, String source, String protocol) {
        assertThat(ReadyQueueColumns.of(name)).isEqualTo(new ReadyQueueColumns(site, orNull(source), orNull(protocol)));
    }
}
