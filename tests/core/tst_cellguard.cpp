#include "core/CellGuard.h"

#include <QTest>

using namespace SeqDesk;

class TestCellGuard final : public QObject
{
    Q_OBJECT

private slots:
    void formulasGetAnApostrophe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+49 30") << QStringLiteral("'+49 30");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
        QTest::newRow("spaces first")
            << QStringLiteral("  =HYPERLINK(\"x\")") << QStringLiteral("'  =HYPERLINK(\"x\")");
        QTest::newRow("plain") << QStringLiteral("Ada Lovelace") << QStringLiteral("Ada Lovelace");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("   ");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulasGetAnApostrophe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CellGuard::defused(text), expected);
    }

    void tsvCellsStayOneCell()
    {
        QCOMPARE(CellGuard::tsvCell(QStringLiteral(" =a\tb\r\nc")), QStringLiteral("' =a b  c"));
    }
};

QTEST_GUILESS_MAIN(TestCellGuard)
#include "tst_cellguard.moc"
