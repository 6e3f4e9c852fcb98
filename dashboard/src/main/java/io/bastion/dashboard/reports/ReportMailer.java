package io.bastion.dashboard.reports;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** Mails a built report version to the configured recipients, with its PDF and .xlsx attached. */
public final class ReportMailer
{
    private final JavaMailSender sender;
    private final ReportSettings settings;

    public ReportMailer(JavaMailSender sender, ReportSettings settings)
    {
        this.sender = requireNonNull(sender, "sender is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** An attachment: its name, type and bytes. */
    public record Attachment(String fileName, String mediaType, byte[] content)
    {
    }

    public void send(String subject, String body, List<Attachment> attachments)
            throws MessagingException
    {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(settings.recipients().toArray(String[]::new));
        helper.setSubject(subject);
        helper.setText(body, false);
        for (Attachment attachment : attachments) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
        }
        sender.send(message);
    }
}
