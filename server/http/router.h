// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apirequest.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The route table: method + path pattern ("/moviedata/{id}", where {id} is a positive whole
// number) + who may call it. match() tells a 404 (no such path) from a 405 (path known, method
// not), with the methods the path does allow.
class Router
{
public:
    enum class Access { Public, User, Admin };
    // What the token check reads besides the caller: on a shared database a route that keeps
    // pages asks for their versions with it (TokenService::Identity::versions).
    enum class Reads { Caller, CallerAndPageVersions };
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Reply(ApiRequest &)>;

    struct Route
    {
        Method method;
        QString pattern;
        Access access;
        Handler handler;
        QStringList segments;
        Reads reads = Reads::Caller;
    };
    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        QByteArray allow; // for a 405: "GET, POST"
    };

    void add(Method method, const QString &pattern, Access access, Handler handler,
             Reads reads = Reads::Caller);
    Match match(Method method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool matches(const Route &route, const QStringList &segments, QStringList *params);
    QList<Route> m_routes;
};
