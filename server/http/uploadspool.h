// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QTemporaryFile>

// An upload's body (an import, up to 32 MiB), written to a temporary file as it arrives instead
// of being gathered in memory, and read back mapped: the bytes are in memory once at most, as
// the file's pages, however many hands they pass through. The file is removed with the spool.
class UploadSpool
{
public:
    UploadSpool();
    ~UploadSpool();
    UploadSpool(const UploadSpool &) = delete;
    UploadSpool &operator=(const UploadSpool &) = delete;

    // Creates the file (private to this user, in the temporary directory). False when it cannot.
    bool open();
    // False when the disk is full or the file cannot be written.
    bool append(QByteArrayView bytes);
    qint64 size() const { return m_size; }

    // The whole body, read-only (a mapping of the file, no copy): valid while the spool lives
    // and nothing more is appended. Null when the file cannot be mapped; empty when it is.
    QByteArray bytes();

private:
    QTemporaryFile m_file;
    qint64 m_size = 0;
    uchar *m_map = nullptr;
};
