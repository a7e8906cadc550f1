package io.asyncgen.it.stub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A key pair and a self-signed certificate for 127.0.0.1 and localhost, made when asked for (no key
 * is ever committed): a PKCS#12 key store for the stub's TLS listener, and the certificate as PEM
 * for clients to trust ({@code NODE_EXTRA_CA_CERTS=<pem>} for Node, {@link #trustingContext()} for
 * Java). Made by the JDK's own {@code keytool}, so it needs nothing beyond the JDK.
 */
public final class SelfSignedCertificate {
    private static final String ALIAS = "asyncgen-stub";
    private static final long KEYTOOL_SECONDS = 60;

    private final Path keyStore;
    private final String password;
    private final Path pem;

    private SelfSignedCertificate(Path keyStore, String password, Path pem) {
        this.keyStore = keyStore;
        this.password = password;
        this.pem = pem;
    }

    /**
     * Makes a new EC P-256 key pair and a certificate valid for two days, in {@code folder}
     * ({@code stub-tls.p12} and {@code stub-tls.pem}, replacing earlier ones).
     */
    public static SelfSignedCertificate create(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path keyStore = folder.resolve("stub-tls.p12");
        Path pem = folder.resolve("stub-tls.pem");
        Files.deleteIfExists(keyStore);
        Files.deleteIfExists(pem);
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        keytool(
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-dname",
                "CN=localhost, O=asyncgen stub server",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password,
                "-keypass",
                password);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                ALIAS,
                "-keystore",
                keyStore.toString(),
                "-storepass",
                password,
                "-file",
                pem.toString());
        return new SelfSignedCertificate(keyStore, password, pem);
    }

    /** The PKCS#12 key store holding the key and the certificate. */
    public Path keyStore() {
        return keyStore;
    }

    /** The key store's password (random, made with the key). */
    public String password() {
        return password;
    }

    /** The certificate alone, PEM-encoded: what a client adds to the authorities it trusts. */
    public Path pem() {
        return pem;
    }

    /** A TLS context that trusts this certificate and nothing else. */
    public SSLContext trustingContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        Certificate certificate = store.getCertificate(ALIAS);
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        return context;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("keytool-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(
                        keytool + " " + arguments[0] + " did not finish within " + KEYTOOL_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(keytool + " " + arguments[0] + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
