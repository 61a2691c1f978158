#ifndef HIREKIT_CFILESWAP_H
#define HIREKIT_CFILESWAP_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE), so a published site folder is
/// replaced in one step: readers and crashes see either the old or the new folder, never neither.
/// Returns 0 on success, otherwise -1 with errno set (EINVAL/ENOSYS where unsupported).
int hirekit_exchange_paths(const char *from, const char *to);

/// Appends `length` bytes of file `in`, from `offset`, to file `out` at its current position. The
/// kernel copies them (copy_file_range) without passing them through this process's memory; where it
/// cannot (another file system, an old kernel), they are read and written. Returns 0 on success,
/// otherwise -1 with errno set (EIO when `in` ends before `offset + length`).
int hirekit_copy_range(int in, long long offset, int out, long long length);
#endif
