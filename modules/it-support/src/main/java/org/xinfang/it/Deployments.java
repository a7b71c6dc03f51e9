package org.xinfang.it;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.xinfang.it.deploy.SharedEarDeployment;

/**
 * The deployments the integration tests use: the very EAR this module built, as it would go to a
 * server, and for in-container tests the same EAR with the test classes added to its one WAR (an
 * EAR deployment does not get them from Arquillian by itself).
 */
public final class Deployments {

    public static final String WAR = "xinfang-web.war";

    private Deployments() {
    }

    /**
     * The built EAR, untouched: for black-box tests over HTTP. Classes in a row that deploy it run on
     * one deployment ({@link SharedEarDeployment}).
     */
    public static EnterpriseArchive builtEar() {
        EnterpriseArchive ear = readEar();
        SharedEarDeployment.shareable(ear);
        return ear;
    }

    private static EnterpriseArchive readEar() {
        File ear = new File(System.getProperty("xinfang.ear", "target/xinfang.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The built EAR with {@code testClasses} in its WAR: for tests that run inside the server. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = readEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /** The built EAR with {@code testClasses} and the jars {@code libraries} in its WAR (a test's own server-side tools). */
    public static EnterpriseArchive earWith(List<File> libraries, Class<?>... testClasses) {
        EnterpriseArchive ear = earWith(testClasses);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        libraries.forEach(war::addAsLibrary);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /** Base URL of the deployed application on the test server (the port follows the suite's offset). */
    public static String baseUrl() {
        // Outside the server the suite's property; inside it (in-container tests) the server's own offset.
        int offset = Integer.getInteger("xinfang.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
        return "http://127.0.0.1:" + (8080 + offset) + "/xinfang";
    }
}
