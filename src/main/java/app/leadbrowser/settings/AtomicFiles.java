package app.leadbrowser.settings;

import app.leadbrowser.os.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes files so that a reader sees either the old content or the new, never a half-written file: the bytes
 * go to a temp file in the same directory, flushed to the disk, which is then moved over the target. Owner-only files are created
 * with those permissions from the start, so the content is never readable by others, not even briefly.
 */
final class AtomicFiles {
    private static final boolean POSIX = PrivateFiles.POSIX;

    private AtomicFiles() {}

    /** Replaces {@code target} with {@code content}; the directory is created (owner-only) when missing. */
    static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        PrivateFiles.createDirectories(dir);
        String prefix = "." + target.getFileName() + ".";
        Path temp = ownerOnly && POSIX
                ? Files.createTempFile(
                        dir,
                        prefix,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, prefix, ".tmp");
        try {
            if (ownerOnly && !POSIX) {
                restrictToOwner(temp);
            }
            writeDurably(temp, content);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes and flushes to the disk before the rename: otherwise a crash or power cut soon after may leave the
     * renamed file empty (the rename reaches the disk before the data on ext4 and others).
     */
    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network or FUSE file systems cannot rename atomically; a plain replace is the best left
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Windows: an ACL with a single entry that gives the owner full access and nobody else anything. */
    private static void restrictToOwner(Path file) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return; // neither POSIX nor ACL: the file system has no per-user permissions to set
        }
        UserPrincipal owner = acl.getOwner();
        AclEntry entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .build();
        acl.setAcl(List.of(entry));
    }
}
