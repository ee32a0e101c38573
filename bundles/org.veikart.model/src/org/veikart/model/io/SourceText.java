package org.veikart.model.io;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import org.veikart.model.check.ElementLocations.Location;

/**
 * The raw text of a file being loaded, used to turn the SAX locator's position (which SAX reports
 * at the <em>end</em> of a start tag) into the position of the tag's {@code '<'}. The bytes are
 * decoded lazily with the encoding the parser detected; if anything does not fit, the SAX position
 * is returned unchanged.
 */
final class SourceText
{
	private final byte[] bytes;
	private final Supplier<String> encoding;
	private String text;
	private int[] lineStarts;

	SourceText(byte[] bytes, Supplier<String> encoding)
	{
		this.bytes = bytes;
		this.encoding = encoding;
	}

	/** @return true if the file holds nothing but whitespace (or nothing at all) */
	boolean isBlank()
	{
		decode();
		return text.isBlank();
	}

	/** @return whether the text contains {@code fragment} */
	boolean contains(String fragment)
	{
		decode();
		return text.contains(fragment);
	}

	/**
	 * @param line 1-based line where SAX reported the end of a start tag
	 * @param column 1-based column just after that start tag
	 * @return line and column of the tag's {@code '<'}, or the given position if it cannot be mapped
	 */
	Location tagStart(int line, int column)
	{
		Location reported = new Location(line, column);
		decode();
		if (line < 1 || line > lineStarts.length || column < 1)
		{
			return reported;
		}
		int end = Math.min(lineStarts[line - 1] + column - 1, text.length());
		// '<' cannot occur inside a tag (not even in attribute values), so the nearest one before the
		// end of the tag is the tag's start.
		int start = text.lastIndexOf('<', end - 1);
		if (start < 0)
		{
			return reported;
		}
		int startLine = Arrays.binarySearch(lineStarts, start);
		if (startLine < 0)
		{
			startLine = -startLine - 2;
		}
		return new Location(startLine + 1, start - lineStarts[startLine] + 1);
	}

	private void decode()
	{
		if (text != null)
		{
			return;
		}
		text = decode(bytes, charset());
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF')
		{
			text = text.substring(1); // the parser does not count the byte order mark
		}
		int[] starts = new int[16];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++)
		{
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))
			{
				if (count == starts.length)
				{
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		lineStarts = Arrays.copyOf(starts, count);
	}

	private Charset charset()
	{
		try
		{
			String name = encoding.get();
			return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
		}
		catch (RuntimeException e)
		{
			return StandardCharsets.UTF_8;
		}
	}

	private static String decode(byte[] bytes, Charset charset)
	{
		try
		{
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e)
		{
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}
}
