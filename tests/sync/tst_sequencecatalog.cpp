// The portal-wide sequence catalog against the sandbox over loopback.
#include "hubspot/HubSpotClient.h"
#include "sandbox/SandboxServer.h"
#include "sync/SequenceCatalog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace SeqDesk;
using namespace SeqDesk::HubSpot;

class TestSequenceCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void mergeDedupesByIdAndCollectsWhoCanSeeIt();
    void catalogHoldsEverySequenceOnceWithItsVisibility_data();
    void catalogHoldsEverySequenceOnceWithItsVisibility();
    void catalogOfOneUserHoldsOnlyWhatThatUserSees();
    void revokedTokenFailsTheCatalog();

private:
    static Sync::Catalog fetch(const QUrl &base, const QString &token, ApiVersion version,
                               const QString &onlyUser = QString(), ApiError *error = nullptr);
};

Sync::Catalog TestSequenceCatalog::fetch(const QUrl &base, const QString &token, ApiVersion version,
                                         const QString &onlyUser, ApiError *error)
{
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = base;
    config.apiVersion = version;
    config.backoffBaseMs = 5;
    config.maxRetries = 1;
    HubSpotClient client(&nam, config);
    client.setAccessToken(token);
    Sync::SequenceCatalogFetcher fetcher(&client);
    QSignalSpy done(&fetcher, &Sync::SequenceCatalogFetcher::finished);
    QSignalSpy failed(&fetcher, &Sync::SequenceCatalogFetcher::failed);
    fetcher.start(onlyUser);
    if (!QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 20000))
        return {};
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().first().value<ApiError>();
        return {};
    }
    return done.first().first().value<Sync::Catalog>();
}

void TestSequenceCatalog::mergeDedupesByIdAndCollectsWhoCanSeeIt()
{
    SequenceSummary team {
        QStringLiteral("1"), QStringLiteral("beta"), QStringLiteral("10"), {}, {}, {}};
    SequenceSummary mine {
        QStringLiteral("2"), QStringLiteral("Alpha"), QStringLiteral("20"), {}, {}, {}};
    const auto merged = Sync::SequenceCatalogFetcher::merge(
        {{QStringLiteral("20"), {team, mine}}, {QStringLiteral("10"), {team}}});
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).summary.name, QStringLiteral("Alpha")); // case-insensitive order
    QCOMPARE(merged.at(0).visibleToUserIds, QStringList {QStringLiteral("20")});
    QCOMPARE(merged.at(1).visibleToUserIds,
             (QStringList {QStringLiteral("10"), QStringLiteral("20")}));
}

void TestSequenceCatalog::catalogHoldsEverySequenceOnceWithItsVisibility_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("2026-09") << QStringLiteral("2026-09");
    QTest::newRow("2026-03") << QStringLiteral("2026-03");
    QTest::newRow("v4") << QStringLiteral("v4");
}

void TestSequenceCatalog::catalogHoldsEverySequenceOnceWithItsVisibility()
{
    QFETCH(QString, version);
    Sandbox::SandboxConfig config;
    config.sequenceCount = 230; // more than two pages per user
    Sandbox::SandboxServer server(config);
    QVERIFY(server.start());

    const Sync::Catalog catalog = fetch(server.baseUrl(), config.token, *parseApiVersion(version));
    const auto &data = server.state().data();
    QStringList activeUsers;
    for (const auto &o : data.owners) {
        if (o.isActiveUser() && !o.archived)
            activeUsers.append(QString::number(*o.userId));
    }
    activeUsers.sort();
    QCOMPARE(catalog.usersQueried, activeUsers.size());
    QCOMPARE(catalog.sequences.size(), data.sequences.size());
    QSet<QString> ids;
    for (const auto &s : catalog.sequences)
        ids.insert(s.summary.id);
    QCOMPARE(ids.size(), catalog.sequences.size());
    for (const auto &seq : data.sequences) {
        const QString id = QString::number(seq.id);
        const auto it
            = std::find_if(catalog.sequences.cbegin(), catalog.sequences.cend(),
                           [&](const Sync::CatalogSequence &c) { return c.summary.id == id; });
        QVERIFY2(it != catalog.sequences.cend(), qPrintable(id));
        QCOMPARE(it->summary.name, seq.name);
        if (seq.shared)
            QCOMPARE(it->visibleToUserIds, activeUsers);
        else
            QCOMPARE(it->visibleToUserIds, QStringList {QString::number(seq.userId)});
    }
}

void TestSequenceCatalog::catalogOfOneUserHoldsOnlyWhatThatUserSees()
{
    Sandbox::SandboxConfig config;
    Sandbox::SandboxServer server(config);
    QVERIFY(server.start());
    const auto &data = server.state().data();
    const qint64 user = *data.owners.at(0).userId;
    int expected = 0;
    for (const auto &seq : data.sequences)
        expected += (seq.shared || seq.userId == user) ? 1 : 0;
    const Sync::Catalog catalog
        = fetch(server.baseUrl(), config.token, ApiVersion::D2026_03, QString::number(user));
    QCOMPARE(catalog.usersQueried, 1);
    QCOMPARE(catalog.sequences.size(), expected);
    QVERIFY(expected < data.sequences.size()); // other users' private ones are not there
}

void TestSequenceCatalog::revokedTokenFailsTheCatalog()
{
    Sandbox::SandboxConfig config;
    Sandbox::SandboxServer server(config);
    QVERIFY(server.start());
    server.revokeToken();
    ApiError error;
    const Sync::Catalog catalog
        = fetch(server.baseUrl(), config.token, ApiVersion::D2026_03, QString(), &error);
    QVERIFY(catalog.sequences.isEmpty());
    QCOMPARE(error.kind, ErrorKind::Fatal);
    QCOMPARE(error.fatalReason, FatalReason::InvalidAuthentication);
    QVERIFY(!error.describe().contains(config.token));
}

QTEST_GUILESS_MAIN(TestSequenceCatalog)
#include "tst_sequencecatalog.moc"
