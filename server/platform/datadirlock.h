// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An advisory lock on a data dir (flock on DATA_DIR/reelvault.lock): every server holds it
// shared while it runs; a restore from the command line takes it exclusively, so that it never
// replaces a database under a running server (which would keep serving its old key and
// caches). Released when the object goes, or the process dies.
class DataDirLock
{
public:
    enum class Mode { Shared, Exclusive };
    DataDirLock() = default;
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Without waiting: false when another process holds it in a conflicting mode (or the file
    // cannot be made); *error says which.
    bool tryLock(const QString &dataDir, Mode mode, QString *error);
    void unlock();

private:
    int m_fd = -1;
};
