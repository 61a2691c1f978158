#ifndef HIREKIT_CFILESWAP_H
#define HIREKIT_CFILESWAP_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE), so a published site folder is
/// replaced in one step: readers and crashes see either the old or the new folder, never neither.
/// Returns 0 on success, otherwise -1 with errno set (EINVAL/ENOSYS where unsupported).
int hirekit_exchange_paths(const char *from, const char *to);
#endif
