#ifndef TABLED_SYSTEM_H
#define TABLED_SYSTEM_H

/* Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE): a reader sees the
   old folder or the new one, never neither. Returns 0, or -1 with errno set (ENOSYS or
   EINVAL where the kernel or the file system cannot). */
int tabled_exchange_paths(const char *first, const char *second);

#endif
