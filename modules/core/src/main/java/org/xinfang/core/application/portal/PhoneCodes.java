package org.xinfang.core.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xinfang.api.guard.FailureThrottle;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotificationSender;
import org.xinfang.core.application.kernel.NotificationSender.NotificationFailedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.cases.PhoneNumbers;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * Confirming a petitioner's phone by a code sent as a text message (短信验证码, ADR 0038), through the
 * pluggable SMS sender. Only where a gateway is configured and the setting asks for it: without one the
 * portal takes the phone as given and says so. A code is six digits, good for ten minutes, kept only as its
 * digest in this server's memory (a restart asks for a new one); every code sent to a phone and still good
 * is accepted (a second tap sends a second message, and either may be typed); five wrong tries end them all. Sending is throttled
 * per phone and per address, so the portal cannot be used to flood a number with messages.
 */
@ApplicationScoped
public class PhoneCodes {

    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final int TRIES = 5;
    /** Codes sent per phone, and per address (an office's many phones share one), in the throttle's window. */
    static final int SENDS_PER_PHONE = 3;
    static final int SENDS_PER_ADDRESS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The codes sent to one phone that are still good (a second tap sends a second; either may be typed), and the wrong tries. */
    private record Pending(List<Sent> codes, int tries) {
    }

    private record Sent(byte[] digest, Instant expiresAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    private Instance<NotificationSender> senders;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    private volatile FailureThrottle phoneSends;
    private volatile FailureThrottle addressSends;

    /** Whether a signed matter must confirm its phone here: a gateway is configured and the setting asks for it. */
    public boolean required() {
        return sms().isPresent() && settings.number(PortalSettings.VERIFY_PHONE, PortalSettings.DEFAULT_VERIFY_PHONE) == 1;
    }

    /**
     * Sends a new code to {@code phone} (a mobile number), replacing any code sent before.
     *
     * @throws IllegalTransitionException when this portal confirms no phones (no gateway, or switched off)
     * @throws InvalidInputException      naming {@code phone} when it is not a mobile number
     * @throws Guesses.TooMany            when the phone or the address asked too often lately
     */
    public void send(String phone, String address, Locale locale) {
        if (!required()) {
            throw new IllegalTransitionException(Messages.get(locale, "portal.phoneCode.off"));
        }
        String key = MatchKeys.ofPhone(phone);
        if (key == null || !PhoneNumbers.isValid(phone) || !MatchKeys.normalisePhone(phone).matches("(86)?1\\d{10}")) {
            throw InvalidInputException.of("phone", Messages.get(locale, "portal.phoneCode.mobile"));
        }
        if (!phoneSends().allows(key) || !addressSends().allows(address)) {
            Instant freeAt = phoneSends().freeAt(key).isAfter(addressSends().freeAt(address)) ? phoneSends().freeAt(key) : addressSends().freeAt(address);
            throw Guesses.waitUntil(freeAt, clock, locale, "portal.phoneCode.tooMany");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        try {
            sms().orElseThrow().send(phone.strip(), null, Messages.get(Locale.SIMPLIFIED_CHINESE, "portal.phoneCode.text", code,
                    VALID_FOR.toMinutes()));
        } catch (NotificationFailedException notSent) {
            throw new IllegalTransitionException(Messages.get(locale, "portal.phoneCode.notSent"));
        }
        // Each code sent counts, as a miss counts on a lookup: the throttle limits messages, not mistakes.
        phoneSends().failed(key);
        addressSends().failed(address);
        Instant now = clock.instant();
        pending.compute(key, (k, before) -> {
            List<Sent> codes = new ArrayList<>();
            if (before != null) {
                before.codes().stream().filter(c -> now.isBefore(c.expiresAt())).forEach(codes::add);
            }
            codes.add(new Sent(digest(code), now.plus(VALID_FOR)));
            return new Pending(List.copyOf(codes), before == null ? 0 : before.tries());
        });
    }

    /**
     * Whether {@code code} is the one last sent to {@code phone}, still valid. A right code stays good until
     * it expires — a petition refused for another reason (a file, a field) is sent again with the same
     * code, and the phone it confirms is the same; a wrong one counts, and the fifth wrong one ends the code.
     */
    public boolean confirm(String phone, String code) {
        String key = MatchKeys.ofPhone(phone);
        Pending sent = key == null ? null : pending.get(key);
        if (sent == null || code == null) {
            return false;
        }
        Instant now = clock.instant();
        byte[] typed = digest(code.strip());
        if (sent.codes().stream().anyMatch(c -> now.isBefore(c.expiresAt()) && MessageDigest.isEqual(c.digest(), typed))) {
            return true;
        }
        if (sent.tries() + 1 >= TRIES) {
            pending.remove(key, sent);
        } else {
            pending.replace(key, sent, new Pending(sent.codes(), sent.tries() + 1));
        }
        return false;
    }

    private Optional<NotificationSender> sms() {
        return senders.stream().filter(s -> s.channel() == NotificationSender.Channel.SMS && s.available()).findFirst();
    }

    private FailureThrottle phoneSends() {
        FailureThrottle known = phoneSends;
        if (known == null) {
            known = new FailureThrottle(clock, SENDS_PER_PHONE, Guesses.WINDOW);
            phoneSends = known;
        }
        return known;
    }

    private FailureThrottle addressSends() {
        FailureThrottle known = addressSends;
        if (known == null) {
            known = new FailureThrottle(clock, SENDS_PER_ADDRESS, Guesses.WINDOW);
            addressSends = known;
        }
        return known;
    }

    private static byte[] digest(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
