// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

using namespace Qt::StringLiterals;

namespace {

bool isId(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 18 || segment.front() == u'0')
        return false;
    for (const QChar c : segment) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

void Router::add(Method method, const QString &pattern, Access access, Handler handler, Reads reads)
{
    m_routes.append({method, pattern, access, std::move(handler),
                     pattern.split(u'/', Qt::SkipEmptyParts), reads});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments[i];
        if (want.startsWith(u'{')) {
            if (!isId(segments[i]))
                return false;
            captured << segments[i];
        } else if (want != segments[i]) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

Router::Match Router::match(Method method, const QString &path) const
{
    Match result;
    // "/moviedata/" is not "/moviedata": one resource, one spelling.
    if (path.size() > 1 && path.endsWith(u'/'))
        return result;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matches(route, segments, &params))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            return result;
        }
        allowed << ApiRequest::nameOf(route.method);
    }
    result.allow = allowed.join(", ");
    return result;
}
