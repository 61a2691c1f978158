#define _GNU_SOURCE
#include "CFileSwap.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

int hirekit_exchange_paths(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int hirekit_copy_range(int in, long long offset, int out, long long length) {
    off_t from = (off_t)offset;
    while (length > 0) {
        ssize_t copied = copy_file_range(in, &from, out, NULL, (size_t)length, 0);
        if (copied > 0) { length -= copied; continue; }
        if (copied == 0) { errno = EIO; return -1; } /* the source ended early */
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) return -1;
        /* No in-kernel copy between these files: read and write through a buffer. */
        char buffer[65536];
        while (length > 0) {
            size_t want = length < (long long)sizeof buffer ? (size_t)length : sizeof buffer;
            ssize_t got = pread(in, buffer, want, from);
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) return -1;
            if (got == 0) { errno = EIO; return -1; }
            for (ssize_t done = 0; done < got;) {
                ssize_t put = write(out, buffer + done, (size_t)(got - done));
                if (put < 0 && errno == EINTR) continue;
                if (put < 0) return -1;
                done += put;
            }
            from += got;
            length -= got;
        }
    }
    return 0;
}
