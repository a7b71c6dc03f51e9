package org.xinfang.it;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.deploy.SharedEarDeployment;

/**
 * The deployments the integration tests use: the very EAR this module built, as it would go to a
 * server, and for in-container tests the same EAR with the test classes added to its one WAR (an
 * EAR deployment does not get them from Arquillian by itself). Each is deployed once for all the
 * classes that use it ({@link SharedEarDeployment}).
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

    /**
     * The built EAR with every test class of the run marked {@link InServer}, and what each names, in
     * its WAR: for the tests that run inside the server. The same for all of them, so that it is
     * deployed once for them all ({@link SharedEarDeployment}).
     */
    public static EnterpriseArchive inServer() {
        InServerContent content = inServerContent();
        EnterpriseArchive ear = readEar();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        content.classes.forEach(war::addClass);
        war.addClass(Deployments.class);
        content.libraries.forEach(war::addAsLibrary);
        if (!content.modules.isEmpty()) {
            war.delete("META-INF/MANIFEST.MF");
            war.addAsManifestResource(new StringAsset("Manifest-Version: 1.0\nDependencies: " + String.join(",", content.modules) + "\n"),
                    "MANIFEST.MF");
        }
        ear.delete(WAR);
        ear.addAsModule(war);
        SharedEarDeployment.shareableInServer(ear);
        return ear;
    }

    /** What the in-server classes of the run need, gathered once: they are the same for each. */
    private record InServerContent(Set<Class<?>> classes, Set<File> libraries, Set<String> modules) {
    }

    private static InServerContent inServerContent;

    private static synchronized InServerContent inServerContent() {
        if (inServerContent == null) {
            inServerContent = gatherInServer();
        }
        return inServerContent;
    }

    /**
     * Every top-level test class ({@code *IT}, {@code *Benchmark}) in the test classes' folder that is
     * marked {@link InServer}, but those of a plugin left out of the build (their plugin is not in the WAR).
     */
    private static InServerContent gatherInServer() {
        Path root = Path.of(System.getProperty("xinfang.test.classes", "target/test-classes"));
        String without = "org/xinfang/plugins/" + System.getProperty("xinfang.without", "none") + "/";
        Set<Class<?>> classes = new LinkedHashSet<>();
        Set<File> libraries = new LinkedHashSet<>();
        Set<String> modules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
                    .filter(f -> f.endsWith("IT.class") || f.endsWith("Benchmark.class"))
                    .filter(f -> !f.contains("$") && !f.startsWith(without))
                    .sorted().toList();
            for (String name : names) {
                Class<?> test = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                        Deployments.class.getClassLoader());
                InServer marked = test.getAnnotation(InServer.class);
                if (marked != null) {
                    classes.add(test);
                    classes.addAll(List.of(marked.value()));
                    for (Class<?> library : marked.librariesOf()) {
                        libraries.add(new File(library.getProtectionDomain().getCodeSource().getLocation().toURI()));
                    }
                    modules.addAll(List.of(marked.modules()));
                }
            }
        } catch (IOException | ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("Cannot gather the in-server test classes under " + root.toAbsolutePath(), e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("No test class marked @InServer under " + root.toAbsolutePath());
        }
        return new InServerContent(classes, libraries, modules);
    }

    /** Base URL of the deployed application on the test server (the port follows the suite's offset). */
    public static String baseUrl() {
        // Outside the server the suite's property; inside it (in-container tests) the server's own offset.
        int offset = Integer.getInteger("xinfang.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
        return "http://127.0.0.1:" + (8080 + offset) + "/xinfang";
    }
}
