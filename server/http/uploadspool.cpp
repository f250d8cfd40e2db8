// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadspool.h"

#include <QDir>

using namespace Qt::StringLiterals;

UploadSpool::UploadSpool()
    : m_file(QDir::tempPath() + u"/reelvault-upload-XXXXXX"_s)
{ }

UploadSpool::~UploadSpool()
{
    if (m_map)
        m_file.unmap(m_map);
}

bool UploadSpool::open()
{
    return m_file.open();
}

bool UploadSpool::append(QByteArrayView bytes)
{
    Q_ASSERT(!m_map);
    if (bytes.isEmpty())
        return true;
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return false;
    m_size += bytes.size();
    return true;
}

QByteArray UploadSpool::bytes()
{
    if (m_size == 0)
        return QByteArray(""); // empty, not null
    if (!m_map) {
        if (!m_file.flush())
            return {};
        m_map = m_file.map(0, m_size);
        if (!m_map)
            return {};
    }
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_map), m_size);
}
