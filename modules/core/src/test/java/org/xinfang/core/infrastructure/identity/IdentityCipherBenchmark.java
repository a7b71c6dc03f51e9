package org.xinfang.core.infrastructure.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * What protecting a party's numbers costs, beside storing them plain: per party, writing (encrypt the
 * identity number and the phone, compute both match keys) and reading (decrypt both), against the
 * plain path (the normalisation only, which matching needed before too). Not part of the suite (the
 * name does not end in Test); run it with
 * {@code ./mvnw -pl modules/core -am test -Dtest=IdentityCipherBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints one line per path; figures go to docs/benchmarks.md.
 */
class IdentityCipherBenchmark {

    private static final int PARTIES = 2_000;
    private static final int WARM_UP_ROUNDS = 50;
    private static final int ROUNDS = 100;

    /** Where the results go, so that the JIT cannot drop the work as unused. */
    private static volatile long sink;

    private final IdentityCipher cipher = new IdentityCipher("xinfang-benchmark-identity-key-1".getBytes(StandardCharsets.US_ASCII));

    private record Numbers(String idNumber, String phone) {
    }

    private record Stored(String idNumber, String phone, String idNumberKey, String phoneKey) {
    }

    @Test
    void costPerPartyEncryptedAndPlain() {
        Numbers[] parties = new Numbers[PARTIES];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < PARTIES; i++) {
            parties[i] = new Numbers(String.format("3707811968%07dX", random.nextInt(10_000_000)),
                    String.format("139-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000)));
        }
        Stored[] stored = new Stored[PARTIES];
        for (int i = 0; i < PARTIES; i++) {
            stored[i] = write(parties[i]);
        }

        ToIntFunction<Integer> plain = i -> MatchKeys.normaliseIdNumber(parties[i].idNumber()).length()
                + MatchKeys.normalisePhone(parties[i].phone()).length();
        ToIntFunction<Integer> encryptedWrite = i -> write(parties[i]).phoneKey().length();
        ToIntFunction<Integer> encryptedRead = i -> cipher.decrypt(stored[i].idNumber()).length() + cipher.decrypt(stored[i].phone()).length();
        ToIntFunction<Integer> both = i -> encryptedWrite.applyAsInt(i) + encryptedRead.applyAsInt(i);

        System.out.println("Identity protection per party (" + PARTIES + " parties x " + ROUNDS + " rounds, one thread, JDK "
                + Runtime.version().feature() + "):");
        report("plain: normalise both numbers", plain);
        report("encrypted write: 2 x AES-GCM + 2 x HMAC", encryptedWrite);
        report("encrypted read: 2 x AES-GCM decrypt", encryptedRead);
        report("encrypted write + read", both);
    }

    private Stored write(Numbers n) {
        return new Stored(cipher.encrypt(n.idNumber()), cipher.encrypt(n.phone()),
                cipher.matchKey("id:" + MatchKeys.normaliseIdNumber(n.idNumber())), cipher.matchKey("phone:" + MatchKeys.normalisePhone(n.phone())));
    }

    private static void report(String what, ToIntFunction<Integer> perParty) {
        long used = 0;
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            for (int i = 0; i < PARTIES; i++) {
                used += perParty.applyAsInt(i);
            }
        }
        long start = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < PARTIES; i++) {
                used += perParty.applyAsInt(i);
            }
        }
        sink = used;
        double perPartyMicros = (System.nanoTime() - start) / 1_000.0 / ROUNDS / PARTIES;
        System.out.println(String.format(Locale.ROOT, "  %-42s %8.2f µs/party  %,12.0f parties/s",
                what, perPartyMicros, 1_000_000 / perPartyMicros));
    }
}
