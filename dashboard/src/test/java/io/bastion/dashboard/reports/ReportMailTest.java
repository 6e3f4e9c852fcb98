package io.bastion.dashboard.reports;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.bastion.dashboard.reports.ReportArchive.Report;
import io.bastion.dashboard.scope.Month;
import io.bastion.sql.Warehouse;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The report mailed over SMTP to a real embedded server (GreenMail): down at first, recorded and retried, sent once when back. */
class ReportMailTest
{
    @TempDir
    Path folder;

    @Test
    void mailServerDownIsRecordedRetriedAndTheMailGoesOutOnce()
            throws Exception
    {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "3000");
        properties.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        ReportSettings settings = new ReportSettings(true, "0 0 8 6 * ?", ZoneId.of("Asia/Shanghai"), List.of("shuji@park.example", "weiyuan@park.example"),
                "bastion@park.example", Duration.ofMinutes(5), Duration.ofHours(6), 20);
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 6, 8, 0, 30));
        try (Warehouse warehouse = Warehouse.open(folder.resolve("warehouse.duckdb"))) {
            ReportPark.build(warehouse);
            ReportPark.analyse(warehouse, 1, 202610);
            Reports reports = new Reports(new ReportArchive(warehouse), new ReportQueries(warehouse), new ReportRenderer(), settings,
                    Optional.of(new ReportMailer(sender, settings)), clock);

            Optional<LocalDateTime> retry = reports.runDue();

            Report down = reports.archive().ofMonth(new Month(202610)).get(0);
            assertThat(down.status()).isEqualTo("done");
            assertThat(down.delivery()).isEqualTo("failed");
            assertThat(down.deliveryAttempts()).isEqualTo(1);
            assertThat(down.deliveryMessage().orElseThrow()).contains("邮件发送失败", "Sending the mail failed");
            assertThat(retry).contains(LocalDateTime.of(2026, 11, 6, 8, 5, 30));

            clock.advance(Duration.ofMinutes(5));
            reports.runDue();
            assertThat(reports.archive().find(down.reportId()).orElseThrow().deliveryAttempts()).isEqualTo(2);

            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            try {
                clock.advance(Duration.ofMinutes(11));
                assertThat(reports.runDue()).isEmpty();
                clock.advance(Duration.ofDays(1));
                reports.runDue();
                reports.runDue();

                MimeMessage[] received = mail.getReceivedMessages();
                assertThat(received).as("one message per recipient, sent once").hasSize(2);
                MimeMessage message = received[0];
                assertThat(message.getSubject()).isEqualTo("园区党工委联系点工作进展月报（2026年10月）（第1版）");
                List<String> attachments = new ArrayList<>();
                MimeMultipart parts = (MimeMultipart) message.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        attachments.add(MimeUtility.decodeText(part.getFileName()) + " " + part.getContentType().split(";")[0]);
                        assertThat(part.getSize()).isPositive();
                    }
                }
                assertThat(attachments).containsExactlyInAnyOrder(
                        "联系点工作进展月报_2026-10_第1版.pdf application/pdf",
                        "联系点工作进展月报_2026-10_第1版.xlsx application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                Report sent = reports.archive().find(down.reportId()).orElseThrow();
                assertThat(sent.delivery()).isEqualTo("sent");
                assertThat(sent.deliveredAt()).isPresent();
                assertThat(sent.deliveryAttempts()).isEqualTo(3);
                assertThat(sent.nextAttemptAt()).isEmpty();
            }
            finally {
                mail.stop();
            }
        }
    }
}
