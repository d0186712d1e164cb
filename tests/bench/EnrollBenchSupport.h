#pragma once

// What the enrollment benchmarks share: their figures, the target, the classic script's
// pacing (the same-run baseline) and the printed line.
#include "hubspot/HubSpotClient.h"
#include "sandbox/DemoData.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

namespace SeqDesk::Bench {

struct Figures
{
    int ok = 0;
    int failed = 0;
    qint64 elapsedMs = 0;
    qint64 tooMany = 0;
};

struct Target
{
    QString userId;
    QString sender;
    QString sequenceId;
};

// The classic enroll_sequence.py pacing: send, wait for the answer, sleep 120 ms, repeat.
inline Figures runClassic(const QUrl &base, const QString &token, const Target &t,
                          const QStringList &contacts)
{
    QNetworkAccessManager nam;
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (const QString &contact : contacts) {
        QUrl url = base;
        url.setPath(QStringLiteral("/automation/v4/sequences/enrollments"));
        url.setQuery(QUrlQuery {{QStringLiteral("userId"), t.userId}});
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body {{QStringLiteral("contactId"), contact},
                                {QStringLiteral("sequenceId"), t.sequenceId},
                                {QStringLiteral("senderEmail"), t.sender}};
        QNetworkReply *reply = nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        status == 200 ? ++f.ok : ++f.failed;
        f.tooMany += status == 429 ? 1 : 0;
        reply->deleteLater();
        QTimer::singleShot(120, &loop, &QEventLoop::quit);
        loop.exec();
    }
    f.elapsedMs = timer.elapsed();
    return f;
}

inline void print(const char *name, const Figures &f, int count, double limitPerSecond)
{
    const double rate = f.elapsedMs > 0 ? count * 1000.0 / double(f.elapsedMs) : 0.0;
    std::printf(
        "  %-30s %8.2f s  %6.2f req/s  %5.1f%% of limit  enrolled %d  failed %d  429s %lld\n", name,
        f.elapsedMs / 1000.0, rate, 100.0 * rate / limitPerSecond, f.ok, f.failed,
        static_cast<long long>(f.tooMany));
}

// The demo data's first user and team sequence, and its plain contacts not in a sequence.
inline Target demoTarget(const Sandbox::PortalData &data, QStringList *eligible)
{
    for (const auto &c : data.contacts) {
        if (c.kind == Sandbox::ContactKind::Normal && !c.enrolled)
            eligible->append(QString::number(c.id));
    }
    const auto &owner = data.owners.at(0);
    Target target {QString::number(*owner.userId), owner.inboxes.value(0), {}};
    for (const auto &s : data.sequences) {
        if (s.shared && !s.steps.isEmpty()) {
            target.sequenceId = QString::number(s.id);
            break;
        }
    }
    return target;
}

} // namespace SeqDesk::Bench
