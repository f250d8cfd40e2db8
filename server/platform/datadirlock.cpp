// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadirlock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

DataDirLock::~DataDirLock()
{
    unlock();
}

bool DataDirLock::tryLock(const QString &dataDir, Mode mode, QString *error)
{
    unlock();
    const QString path = QDir(dataDir).filePath(u"reelvault.lock"_s);
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        *error = u"cannot open %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(m_fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        *error = mode == Mode::Shared
                ? u"a restore is replacing the data in %1; start again when it is done"_s.arg(
                        QDir::toNativeSeparators(dataDir))
                : u"a Reelvault server is using %1; stop it first, or restore from the app "
                  u"(File › Restore…) or POST /restore"_s.arg(QDir::toNativeSeparators(dataDir));
        unlock();
        return false;
    }
    return true;
}

void DataDirLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}
