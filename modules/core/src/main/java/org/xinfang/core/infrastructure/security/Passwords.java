package org.xinfang.core.infrastructure.security;

import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt password hashes in the modular-crypt form ({@code $2a$10$…}) that the server's jdbc-realm
 * verifies at sign-in. The application hashes, the realm checks; plain passwords are never stored.
 */
public final class Passwords {

    /**
     * Cost 10 (OWASP's minimum for bcrypt): about 60 ms a check here. API clients send Basic
     * credentials with every request, so each request pays it once; 12 would be four times that.
     */
    public static final int COST = 10;

    private Passwords() {
    }

    public static String hash(String plain) {
        return BCrypt.hashpw(plain, BCrypt.gensalt(COST));
    }

    public static String hash(String plain, int cost) {
        return BCrypt.hashpw(plain, BCrypt.gensalt(cost));
    }

    public static boolean matches(String plain, String hash) {
        return BCrypt.checkpw(plain, hash);
    }
}
