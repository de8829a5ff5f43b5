package xrm.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 Community server for development and tests: the embedded database with
 * its Bolt connector on 127.0.0.1 only, authentication on, data in the folder given.
 *
 * <p>Usage: {@code java -jar xrm-neo4j-server.jar DATA_DIR [PORT]} with the password of
 * the user {@code neo4j} in {@code NEO4J_PASSWORD}. Port 0 (the default) picks a free one.
 * Prints exactly one line {@code NEO4J_READY bolt://127.0.0.1:PORT} on stdout when Bolt
 * accepts connections, and stops cleanly when stdin closes or on SIGTERM.
 */
public final class XrmNeo4jServer {
  private static final String USER = "neo4j";

  private XrmNeo4jServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      fail("usage: xrm-neo4j-server DATA_DIR [PORT]", 2);
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set to at least 8 characters", 2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = args.length == 2 ? Integer.parseInt(args[1]) : 0;
    Files.createDirectories(home);

    DatabaseManagementService service = start(home, port);
    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop = () -> {
      if (stopped.compareAndSet(false, true)) service.shutdown();
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    try {
      setPassword(service, password);
      System.out.println("NEO4J_READY bolt://127.0.0.1:" + boltPort(service));
      System.out.flush();
    } catch (RuntimeException e) {
      // Neo4j's own threads would keep the JVM alive: stop and exit instead of hanging.
      e.printStackTrace();
      stop.run();
      System.exit(1);
    }

    waitForStdinClose(System.in);
    stop.run();
    System.exit(0);
  }

  private static DatabaseManagementService start(Path home, int port) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // A development server: small memory unless XRM_NEO4J_PAGECACHE_MB asks for more
        // (the 1M benchmark), no waiting for long shutdowns.
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb()))
        // Erasure (GDPR Art. 17): deleted values stay in the transaction logs until they are
        // pruned; keep only what recovery needs, so a checkpoint prunes older log files.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        .build();
  }

  /**
   * The embedded API runs without a login, so it can set the password. A data folder
   * reused with the same password already has it, and Neo4j refuses to set it again.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service
          .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) throw e;
    }
  }

  private static long pagecacheMb() {
    String value = System.getenv("XRM_NEO4J_PAGECACHE_MB");
    return value == null || value.isBlank() ? 256 : Long.parseLong(value.trim());
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) cause = cause.getCause();
    return cause.getMessage();
  }

  private static int boltPort(DatabaseManagementService service) {
    GraphDatabaseAPI db =
        (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    return db.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
  }

  private static void waitForStdinClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input is ignored: only its end matters.
      }
    } catch (IOException closed) {
      // A broken stdin means the parent went away: stop as well.
    }
  }

  private static void fail(String message, int code) {
    System.err.println("xrm-neo4j-server: " + message);
    System.exit(code);
  }
}
