// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig catalog list`, `import` and `export`, driven in-process with captured streams.
#include "db/AppCatalog.h"
#include "db/CatalogBuilder.h"
#include "tests/cli/InProcessCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using localrig::tests::Run;
using localrig::tests::run;

QString fixture(const char* name)
{
    return QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/") + QLatin1String(name);
}

} // namespace

class TestCatalogCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testListsModelsAsATable();
    void testListsEveryKindAsJson_data();
    void testListsEveryKindAsJson();
    void testBadArgumentsExitTwoWithOneLine_data();
    void testBadArgumentsExitTwoWithOneLine();
    void testImportRejectsABadFileAndWritesNothing();
    void testImportThenExport();
    void testCorruptUserDatabaseIsReportedAndTheCatalogStillLists();

private:
    QTemporaryDir m_dir;
    QString m_user;
};

void TestCatalogCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_user = m_dir.filePath(QStringLiteral("user.sqlite"));
    // The fixture catalog, so the expected rows do not move while db/catalog/ grows.
    const QString catalog = m_dir.filePath(QStringLiteral("catalog/catalog.sqlite"));
    QVERIFY(localrig::db::CatalogBuilder(QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/catalog")).build(catalog));
    qputenv("LOCALRIG_CATALOG", catalog.toUtf8());
    qputenv("LOCALRIG_USER_DATABASE", m_user.toUtf8());
}

void TestCatalogCli::init()
{
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile::remove(m_dir.filePath(name));
    }
}

void TestCatalogCli::testListsModelsAsATable()
{
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("models")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("ID")));
    QVERIFY(lines.constFirst().contains(QStringLiteral("ACTIVE B")));
    const auto catalog = localrig::db::openAppCatalog().value().catalog;
    QCOMPARE(lines.size(), static_cast<qsizetype>(catalog.models().size()) + 1);
}

void TestCatalogCli::testListsEveryKindAsJson_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("models") << "models"
                            << "total_params";
    QTest::newRow("platforms") << "platforms"
                               << "bandwidth_gbs";
    QTest::newRow("quants") << "quants"
                            << "bits_per_weight";
    QTest::newRow("use-cases") << "use-cases"
                               << "slug";
}

void TestCatalogCli::testListsEveryKindAsJson()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("list"), kind, QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY(document.isArray());
    const auto catalog = localrig::db::openAppCatalog().value().catalog;
    const std::size_t expected = kind == QLatin1String("models") ? catalog.models().size()
        : kind == QLatin1String("platforms")                     ? catalog.platforms().size()
        : kind == QLatin1String("quants")                        ? catalog.quantizations().size()
                                                                 : catalog.useCases().size();
    QCOMPARE(static_cast<std::size_t>(document.array().size()), expected);
    if (!document.array().isEmpty()) {
        QVERIFY(document.array().first().toObject().contains(key));
    }
}

void TestCatalogCli::testBadArgumentsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("catalog"), QStringLiteral("list"),
                                                 QStringLiteral("gpus")};
    QTest::newRow("no action") << QStringList{QStringLiteral("catalog")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("catalog"), QStringLiteral("--colour")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
    QTest::newRow("export to .txt") << QStringList{QStringLiteral("export"), QStringLiteral("out.txt")};
}

void TestCatalogCli::testBadArgumentsExitTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCatalogCli::testImportRejectsABadFileAndWritesNothing()
{
    const Run result = run({QStringLiteral("import"), fixture("import_bad_row.csv")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("nothing imported")));
    QVERIFY(result.err.contains(QStringLiteral("import_bad_row.csv:4: price_date: '2026-13-01' is not a date")));
    const QString exported = m_dir.filePath(QStringLiteral("after.json"));
    QCOMPARE(run({QStringLiteral("export"), exported}).exitCode, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.value(QStringLiteral("platforms")).toArray().isEmpty());
}

void TestCatalogCli::testImportThenExport()
{
    const Run imported = run({QStringLiteral("import"), fixture("import_good.json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(imported.out.startsWith(QStringLiteral("Imported 1 platform(s), 1 model(s) and 2 price(s)")));
    const Run listed = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("platforms")});
    QVERIFY(listed.out.contains(QStringLiteral("My RTX 5090 box")));
    const QString csv = m_dir.filePath(QStringLiteral("mine.csv"));
    const Run exported = run({QStringLiteral("export"), csv});
    QCOMPARE(exported.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("record,id,name,")));
    QCOMPARE(lines.size(), 1 + 1 + 1 + 2 + 2); // header, platform, model, 2 KV groups, 2 prices
    QVERIFY(lines.at(1).startsWith(QStringLiteral("platform,my_5090_box,My RTX 5090 box,")));
}

void TestCatalogCli::testCorruptUserDatabaseIsReportedAndTheCatalogStillLists()
{
    QFile file(m_user);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("quants")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(QStringLiteral("localrig: warning: the user database ")));
    QVERIFY(result.err.contains(QStringLiteral("it is not an SQLite database")));
    QVERIFY(result.err.contains(QStringLiteral(".unusable-")));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("user.sqlite.unusable-*")}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalog_cli.moc"
