package org.xinfang.core.infrastructure.identity;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToIntFunction;
import org.xinfang.core.MicroBenchmark;
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
        MicroBenchmark.report("plain: normalise both numbers", "party", PARTIES, WARM_UP_ROUNDS, ROUNDS, plain::applyAsInt);
        MicroBenchmark.report("encrypted write: 2 x AES-GCM + 2 x HMAC", "party", PARTIES, WARM_UP_ROUNDS, ROUNDS, encryptedWrite::applyAsInt);
        MicroBenchmark.report("encrypted read: 2 x AES-GCM decrypt", "party", PARTIES, WARM_UP_ROUNDS, ROUNDS, encryptedRead::applyAsInt);
        MicroBenchmark.report("encrypted write + read", "party", PARTIES, WARM_UP_ROUNDS, ROUNDS, both::applyAsInt);
    }

    private Stored write(Numbers n) {
        return new Stored(cipher.encrypt(n.idNumber()), cipher.encrypt(n.phone()),
                cipher.matchKey("id:" + MatchKeys.normaliseIdNumber(n.idNumber())), cipher.matchKey("phone:" + MatchKeys.normalisePhone(n.phone())));
    }
}
