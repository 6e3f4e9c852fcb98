package io.bastion.dashboard.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The words of messages_*.properties in the request's language, for what the API returns. */
@Component
public final class Labels
{
    private final MessageSource messages;

    Labels(MessageSource messages)
    {
        this.messages = messages;
    }

    public String get(String key, Object... arguments)
    {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
