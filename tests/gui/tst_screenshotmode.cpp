// The real seqdesk binary (offscreen, a fresh HOME): `--demo --screenshot FILE --page P
// --size WxH` saves the page once it shows the demo portal's final data, at that size, and
// exits 0; a bad page or size is refused with exit code 2 and says which.
#include <QColor>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshotMode final : public QObject
{
    Q_OBJECT

private slots:
    void eachPageOfTheDemoIsSavedAtTheGivenSize_data();
    void eachPageOfTheDemoIsSavedAtTheGivenSize();
    void darkPaletteDrawsTheWindowDark();
    void badPageOrSizeIsRefused_data();
    void badPageOrSizeIsRefused();

private:
    // Runs seqdesk in a HOME of its own; returns the exit code (-1: did not finish).
    int run(const QStringList &arguments, QByteArray *errors = nullptr);
    QTemporaryDir m_home;
};

int TestScreenshotMode::run(const QStringList &arguments, QByteArray *errors)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SEQDESK_GUI_PATH), arguments);
    if (!app.waitForFinished(120000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = app.readAllStandardError();
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void TestScreenshotMode::eachPageOfTheDemoIsSavedAtTheGivenSize_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("expected"); // invalid: the wizard's own size
    QTest::newRow("analytics at 1024x768")
        << QStringLiteral("analytics") << QStringLiteral("1024x768") << QSize(1024, 768);
    QTest::newRow("sequences, default size")
        << QStringLiteral("sequences") << QString() << QSize(1280, 800);
    QTest::newRow("enroll (the wizard)") << QStringLiteral("enroll") << QString() << QSize();
    QTest::newRow("rules at 1024x768")
        << QStringLiteral("rules") << QStringLiteral("1024x768") << QSize(1024, 768);
    QTest::newRow("settings (the dialog)") << QStringLiteral("settings") << QString() << QSize();
}

void TestScreenshotMode::eachPageOfTheDemoIsSavedAtTheGivenSize()
{
    QFETCH(QString, page);
    QFETCH(QString, size);
    QFETCH(QSize, expected);
    QVERIFY(m_home.isValid());
    const QString file = m_home.filePath(page + QStringLiteral(".png"));
    QStringList arguments {QStringLiteral("--demo"), QStringLiteral("--screenshot"), file,
                           QStringLiteral("--page"), page};
    if (!size.isEmpty())
        arguments << QStringLiteral("--size") << size;
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 0);
    const QImage image(file);
    QVERIFY2(!image.isNull(), errors.constData());
    if (expected.isValid())
        QCOMPARE(image.size(), expected);
    // Something was drawn: more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 8);
}

void TestScreenshotMode::darkPaletteDrawsTheWindowDark()
{
    QVERIFY(m_home.isValid());
    const QString file = m_home.filePath(QStringLiteral("dark.png"));
    QByteArray errors;
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file,
                  QStringLiteral("--page"), QStringLiteral("sequences"),
                  QStringLiteral("--palette"), QStringLiteral("dark")},
                 &errors),
             0);
    const QImage image(file);
    QVERIFY2(!image.isNull(), errors.constData());
    qint64 lightness = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7, ++samples)
            lightness += QColor(image.pixel(x, y)).lightness();
    }
    QVERIFY2(lightness / samples < 100, qPrintable(QString::number(lightness / samples)));
}

void TestScreenshotMode::badPageOrSizeIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("unknown page") << QStringList {QStringLiteral("--page"),
                                                  QStringLiteral("charts")}
                                  << QByteArray("\"charts\"");
    QTest::newRow("size without height")
        << QStringList {QStringLiteral("--size"), QStringLiteral("1024")} << QByteArray("\"1024\"");
    QTest::newRow("size too small")
        << QStringList {QStringLiteral("--size"), QStringLiteral("10x10")}
        << QByteArray("\"10x10\"");
}

void TestScreenshotMode::badPageOrSizeIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const QString file = m_home.filePath(QStringLiteral("refused.png"));
    QByteArray errors;
    QCOMPARE(run(QStringList {QStringLiteral("--demo"), QStringLiteral("--screenshot"), file}
                     + arguments,
                 &errors),
             2);
    QVERIFY2(errors.contains(named), errors.constData());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestScreenshotMode)
#include "tst_screenshotmode.moc"
