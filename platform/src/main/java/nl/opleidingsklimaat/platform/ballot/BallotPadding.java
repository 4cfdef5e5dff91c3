package nl.opleidingsklimaat.platform.ballot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Compresses a ballot and pads it to a whole number of blocks, so that every ballot of a box has the same size unless
 * it is unusually long: the length of an open answer must not pair a ballot with the response it becomes.
 */
final class BallotPadding {
    private BallotPadding() {}

    static byte[] pad(byte[] plain, int blockSize) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 2 + 64);
        byte[] chunk = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        int length = Integer.BYTES + compressed.size();
        int padded = Math.max(1, (length + blockSize - 1) / blockSize) * blockSize;
        return ByteBuffer.allocate(padded)
                .putInt(compressed.size())
                .put(compressed.toByteArray())
                .array(); // rest is zeros
    }

    static byte[] unpad(byte[] padded) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(padded);
        int length = buffer.getInt();
        Inflater inflater = new Inflater();
        inflater.setInput(padded, Integer.BYTES, length);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(length * 4);
        byte[] chunk = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("a ballot's content is cut short");
                }
                plain.write(chunk, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
        return plain.toByteArray();
    }
}
