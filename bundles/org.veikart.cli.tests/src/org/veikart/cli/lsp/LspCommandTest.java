package org.veikart.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;

/**
 * {@code veikart lsp} speaks LSP on its streams: given an initialize request and then the end of its
 * input, it answers with the server's capabilities, writes nothing but LSP frames to its output, and
 * returns when the input ends.
 */
class LspCommandTest {

	@TempDir
	Path dir;

	@Test
	void answersInitializeWithFramedJsonOnlyAndEndsWithItsInput() throws Exception {
		answersInitialize(java.util.List.of());
	}

	@Test
	void acceptsTheStdioFlagOfGenericClients() throws Exception {
		answersInitialize(java.util.List.of("--stdio"));
	}

	private void answersInitialize(java.util.List<String> args) throws Exception {
		String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
				+ "\"rootUri\":\"" + dir.toUri() + "\",\"capabilities\":{}}}";
		byte[] request = frame(initialize);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		// the client's input ends only once the answer is out (the server answers asynchronously)
		InputStream in = new SequenceInputStream(new ByteArrayInputStream(request), new EndAfterAnswer(out));
		LspCommand command = new LspCommand(in);

		int exit = command.run(args, new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir, false));

		assertEquals(0, exit);
		String output = out.toString(StandardCharsets.UTF_8);
		Matcher frame = Pattern.compile("Content-Length: (\\d+)\r\n\r\n").matcher(output);
		assertTrue(frame.lookingAt(), output);
		String body = output.substring(frame.end());
		body = new String(body.getBytes(StandardCharsets.UTF_8), 0, Integer.parseInt(frame.group(1)), StandardCharsets.UTF_8);
		assertTrue(body.startsWith("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"capabilities\":{"), body);
		assertTrue(body.contains("\"completionProvider\""), body);
		// every byte of the output belongs to an LSP frame
		int position = 0;
		byte[] bytes = out.toByteArray();
		Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n\r\n");
		while (position < bytes.length) {
			Matcher next = header.matcher(new String(bytes, position, Math.min(40, bytes.length - position), StandardCharsets.US_ASCII));
			assertTrue(next.lookingAt(), "not an LSP frame at byte " + position + ": " + output);
			position += next.end() + Integer.parseInt(next.group(1));
		}
		assertEquals(bytes.length, position);
	}

	@Test
	void argumentsAreAUsageError() {
		LspCommand command = new LspCommand(new ByteArrayInputStream(new byte[0]));
		CommandException error = org.junit.jupiter.api.Assertions.assertThrows(CommandException.class,
				() -> command.run(java.util.List.of("--stdio", "--port=5007"), new CommandContext(System.out, System.err, dir, false)));
		assertEquals(2, error.exitCode());
	}

	/** An input that ends once the output holds the answer to request 1, or after 30 seconds. */
	private static final class EndAfterAnswer extends InputStream {

		private final ByteArrayOutputStream out;

		EndAfterAnswer(ByteArrayOutputStream out) {
			this.out = out;
		}

		@Override
		public int read() throws IOException {
			long end = System.currentTimeMillis() + 30_000;
			while (!out.toString(StandardCharsets.UTF_8).contains("\"id\":1") && System.currentTimeMillis() < end) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			return -1;
		}
	}

	private static byte[] frame(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[header.length + body.length];
		System.arraycopy(header, 0, all, 0, header.length);
		System.arraycopy(body, 0, all, header.length, body.length);
		return all;
	}
}
