// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A place LocalRig cannot write to, a full disk and a read-only database give a clear message, never a
// crash, and leave what was saved intact. The tests run as root, where permissions do not stop a write,
// so each failure is made another way: a folder path under a regular file, SQLite's max_page_count and
// the process file-size limit (both report "disk full"), and a connection opened read-only.
#include "db/AppCatalog.h"
#include "db/Connection.h"
#include "db/Sql.h"
#include "db/UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace localrig;
using namespace localrig::db;

namespace {

PlatformEntry machine(int i, int notesLength = 100)
{
    PlatformEntry entry;
    entry.platform.id = "box_" + std::to_string(i);
    entry.platform.name = "Box " + std::to_string(i);
    entry.platform.vendor = "Test";
    entry.platform.memoryGiB = 64.0;
    entry.platform.bandwidthGBs = 400.0;
    entry.platform.loadWatts = 90.0;
    entry.source.source = QStringLiteral("user");
    entry.source.notes = QString(notesLength, QLatin1Char('n'));
    return entry;
}

Result<int> pragma(const QSqlDatabase& database, const QString& statement)
{
    int value = -1;
    BOOST_OUTCOME_TRYV(sql::forEachRow(database, statement, {}, [&](const QSqlQuery& q) {
        value = q.value(0).toInt();
        return Result<void>(outcome::success());
    }));
    return value;
}

// The UserDatabase's own connection (the only one open in this test while it lives): SQLite limits
// such as max_page_count belong to a connection.
QSqlDatabase onlyOpenConnection()
{
    const QStringList names = QSqlDatabase::connectionNames();
    return names.size() == 1 ? QSqlDatabase::database(names.first(), false) : QSqlDatabase();
}

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QStringList errorLines;
};

// `localrig import FILE` with the user database at `userPath`; `fileSizeLimit` > 0 caps every file the
// process writes at that many bytes (RLIMIT_FSIZE), which SQLite reports as a full disk.
CliRun runImport(const QString& file, const QString& userPath, rlim_t fileSizeLimit = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOCALRIG_USER_DATABASE"), userPath);
    process.setProcessEnvironment(environment);
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(QStringLiteral(LOCALRIG_BINARY), {QStringLiteral("import"), file});
    CliRun run;
    if (!process.waitForFinished(120000)) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.errorLines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return run;
}

} // namespace

class TestUserDbErrors final : public QObject
{
    Q_OBJECT

private slots:
    void testConnectionsWaitForALockedDatabase();
    void testUnwritableFolderIsAClearError();
    void testFullDiskIsAClearErrorAndKeepsEarlierEdits();
    void testReadOnlyDatabaseIsAClearError();
    void testLockedDatabaseIsReportedNotMovedAside();
    void testCliImportIntoAnUnwritableFolderFails();
    void testCliImportOntoAFullDiskFails();
};

void TestUserDbErrors::testConnectionsWaitForALockedDatabase()
{
    QTemporaryDir folder;
    auto connection = Connection::open(folder.filePath(QStringLiteral("user.sqlite")), Connection::Mode::ReadWrite);
    QVERIFY(connection);
    // Connection.cpp sets QSQLITE_BUSY_TIMEOUT=5000: a second writer waits up to 5 s, not 0.
    QCOMPARE(pragma(connection.value().database(), QStringLiteral("PRAGMA busy_timeout")).value(), 5000);
}

void TestUserDbErrors::testUnwritableFolderIsAClearError()
{
    QTemporaryDir folder;
    QFile plain(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("a file, so no folder can be made below it\n");
    plain.close();
    const QString path = folder.filePath(QStringLiteral("notes.txt/LocalRig/user.sqlite"));
    auto user = UserDatabase::open(path);
    QVERIFY(!user);
    QCOMPARE(user.error().code, ErrorCode::Io);
    QCOMPARE(QString::fromStdString(user.error().detail),
             QStringLiteral("cannot create the folder ") + folder.filePath(QStringLiteral("notes.txt/LocalRig")));

    // The app still starts on the shipped catalog and says why the user's rows are missing.
    auto app = openAppCatalog(QStringLiteral(LOCALRIG_CATALOG_FILE), path);
    QVERIFY(app);
    QVERIFY(!app.value().user);
    QVERIFY(!app.value().catalog.platforms().empty());
    QVERIFY2(app.value().warning.contains(QStringLiteral("cannot create the folder")), qPrintable(app.value().warning));
}

void TestUserDbErrors::testFullDiskIsAClearErrorAndKeepsEarlierEdits()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    {
        auto user = UserDatabase::open(path);
        QVERIFY(user);
        QVERIFY(user.value().savePlatform(machine(0)));
        const QSqlDatabase database = onlyOpenConnection();
        QVERIFY(database.isValid());
        // The file may not grow by a single page from here on: the disk is "full".
        const int pages = pragma(database, QStringLiteral("PRAGMA page_count")).value();
        QCOMPARE(pragma(database, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).value(), pages);

        Result<void> saved = outcome::success();
        int written = 1;
        while (saved && written < 200) {
            saved = user.value().savePlatform(machine(written, 2000));
            written += saved ? 1 : 0;
        }
        QVERIFY2(!saved, "200 platforms of 2 KB fitted in the pages the file already had");
        QCOMPARE(saved.error().code, ErrorCode::Io);
        const QString detail = QString::fromStdString(saved.error().detail);
        QVERIFY2(detail.startsWith(path + QStringLiteral(": the disk is full")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("nothing was saved")));

        // An import that does not fit is written not at all (one transaction).
        CatalogData rows;
        rows.platforms.push_back(machine(500, 10));
        rows.platforms.push_back(machine(501, 100000));
        QVERIFY(!user.value().importRows(rows));
        const auto platforms = user.value().overlay().value().rows.platforms;
        QCOMPARE(static_cast<int>(platforms.size()), written);
    }
    auto reopened = UserDatabase::open(path);
    QVERIFY(reopened);
    QVERIFY(!reopened.value().recovery());
    QVERIFY(!reopened.value().overlay().value().rows.platforms.empty());
}

void TestUserDbErrors::testReadOnlyDatabaseIsAClearError()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    {
        auto user = UserDatabase::open(path);
        QVERIFY(user);
        QVERIFY(user.value().savePlatform(machine(0)));
    }
    auto readOnly = Connection::open(path, Connection::Mode::ReadOnly);
    QVERIFY(readOnly);
    const QSqlDatabase database = readOnly.value().database();
    const Result<void> written = sql::inTransaction(database, [&] {
        return sql::execute(database, QStringLiteral("DELETE FROM platform WHERE id = ?"), {QStringLiteral("box_0")});
    });
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(QString::fromStdString(written.error().detail)
                 .startsWith(path + QStringLiteral(": the database is read-only here; nothing was saved")),
             written.error().detail.c_str());
}

void TestUserDbErrors::testLockedDatabaseIsReportedNotMovedAside()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    {
        auto user = UserDatabase::open(path);
        QVERIFY(user);
        QVERIFY(user.value().savePlatform(machine(7)));
    }
    {
        // Another program holds the file in exclusive locking mode, mid-transaction: no one may even read.
        auto holder = Connection::open(path, Connection::Mode::ReadWrite);
        QVERIFY(holder);
        const QSqlDatabase database = holder.value().database();
        QVERIFY(sql::execute(database, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(sql::execute(database, QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(sql::execute(database, QStringLiteral("DELETE FROM price_override")));
        auto user = UserDatabase::open(path); // waits out the 5 s busy timeout, then gives up
        QVERIFY(!user);
        QCOMPARE(user.error().code, ErrorCode::Io);
        QVERIFY2(QString::fromStdString(user.error().detail).contains(QStringLiteral("locked")),
                 user.error().detail.c_str());
        QVERIFY(QDir(folder.path()).entryList({QStringLiteral("*.unusable-*")}, QDir::Files).isEmpty());
        QVERIFY(sql::execute(database, QStringLiteral("ROLLBACK")));
    }
    auto user = UserDatabase::open(path); // the lock is gone and the file is as it was
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    QCOMPARE(user.value().overlay().value().rows.platforms.size(), std::size_t(1));
}

void TestUserDbErrors::testCliImportIntoAnUnwritableFolderFails()
{
    QTemporaryDir folder;
    QFile plain(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const CliRun run = runImport(QStringLiteral(LOCALRIG_TEST_DATA_DIR "/db/import_good.json"),
                                 folder.filePath(QStringLiteral("notes.txt/user.sqlite")));
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.errorLines.isEmpty());
    QVERIFY2(run.errorLines.join(QLatin1Char('\n')).contains(QStringLiteral("cannot create the folder")),
             qPrintable(run.errorLines.join(QLatin1Char('\n'))));
    QCOMPARE(run.errorLines.size(), 1);
}

void TestUserDbErrors::testCliImportOntoAFullDiskFails()
{
    QTemporaryDir folder;
    const QString userPath = folder.filePath(QStringLiteral("user.sqlite"));
    {
        auto user = UserDatabase::open(userPath); // created and migrated before the limit applies
        QVERIFY(user);
    }
    // 300 machines of 2 KB of notes each: about 600 KB to write, against a 256 KiB file-size limit.
    QJsonArray platforms;
    for (int i = 0; i < 300; ++i) {
        platforms.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("box_%1").arg(i)},
                                     {QStringLiteral("name"), QStringLiteral("Box %1").arg(i)},
                                     {QStringLiteral("vendor"), QStringLiteral("Test")},
                                     {QStringLiteral("memory_kind"), QStringLiteral("unified")},
                                     {QStringLiteral("backend"), QStringLiteral("metal")},
                                     {QStringLiteral("memory_gb"), 64},
                                     {QStringLiteral("bandwidth_gbs"), 400},
                                     {QStringLiteral("load_watts"), 90},
                                     {QStringLiteral("notes"), QString(2000, QLatin1Char('n'))}});
    }
    const QString file = folder.filePath(QStringLiteral("big.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject{{QStringLiteral("platforms"), platforms}}).toJson());
    json.close();

    const CliRun run = runImport(file, userPath, 256 * 1024);
    QCOMPARE(run.status, QProcess::NormalExit); // no crash, no SIGXFSZ
    QVERIFY(run.exitCode != 0);
    const QString errors = run.errorLines.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("the disk is full")) || errors.contains(QStringLiteral("write error")),
             qPrintable(errors));
    QCOMPARE(run.errorLines.size(), 1);

    // Nothing of the failed import is in the database, which is intact.
    auto user = UserDatabase::open(userPath);
    QVERIFY(user);
    QVERIFY(!user.value().recovery());
    QVERIFY(user.value().overlay().value().rows.platforms.empty());
}

QTEST_GUILESS_MAIN(TestUserDbErrors)
#include "tst_user_db_errors.moc"
