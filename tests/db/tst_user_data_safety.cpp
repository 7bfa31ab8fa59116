// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's edits survive a crash and a second LocalRig: a writer process (user_db_writer) killed with
// SIGKILL in the middle of its edits leaves an intact database holding every edit it reported committed,
// and two writers at once both finish without "database is locked".
#include "db/Connection.h"
#include "db/Sql.h"
#include "db/UserDatabase.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace localrig;
using namespace localrig::db;

namespace {

// The keys a writer printed after their transactions committed: only complete lines count (a kill can
// cut the last one short).
QStringList promisedKeys(const QByteArray& output)
{
    QStringList keys;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0) {
        return keys;
    }
    for (const QByteArray& line : output.left(end).split('\n')) {
        keys.append(QString::fromUtf8(line));
    }
    return keys;
}

QString integrityCheck(const QString& path)
{
    auto connection = Connection::open(path, Connection::Mode::ReadWrite);
    if (!connection) {
        return QString::fromStdString(connection.error().detail);
    }
    QStringList verdict;
    auto checked = sql::forEachRow(connection.value().database(), QStringLiteral("PRAGMA integrity_check"), {},
                                   [&](const QSqlQuery& q) {
                                       verdict.append(q.value(0).toString());
                                       return Result<void>(outcome::success());
                                   });
    if (!checked) {
        return QString::fromStdString(checked.error().detail);
    }
    return verdict.join(QLatin1Char('\n'));
}

// Which of `keys` the database does not hold (an override must hold the promised price).
QStringList missingKeys(const QString& path, const QStringList& keys)
{
    auto user = UserDatabase::open(path);
    if (!user || user.value().recovery()) {
        return {QStringLiteral("the database did not open cleanly: %1")
                    .arg(user ? user.value().recoveryMessage() : QString::fromStdString(user.error().detail))};
    }
    const UserOverlay overlay = user.value().overlay().value();
    QSet<QString> present;
    for (const PlatformEntry& p : overlay.rows.platforms) {
        present.insert(QStringLiteral("platform ") + QString::fromStdString(p.platform.id));
    }
    for (const PriceOverride& o : overlay.priceOverrides) {
        present.insert(QStringLiteral("override %1 %2").arg(o.platformId).arg(static_cast<int>(o.usd)));
    }
    const std::vector<SavedScenario> scenarios = user.value().scenarios().value();
    for (const SavedScenario& s : scenarios) {
        present.insert(QStringLiteral("scenario ") + s.name);
    }
    QStringList missing;
    for (const QString& key : keys) {
        if (!present.contains(key)) {
            missing.append(key);
        }
    }
    return missing;
}

QStringList movedAside(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.unusable-*")}, QDir::Files);
}

void startWriter(QProcess& process, const QString& path, const QString& tag, int count)
{
    process.setProgram(QStringLiteral(LOCALRIG_USER_DB_WRITER));
    process.setArguments({path, tag, QString::number(count)});
    process.start();
}

} // namespace

class TestUserDataSafety final : public QObject
{
    Q_OBJECT

private slots:
    void testPromisedKeysIgnoreACutLine();
    void testKilledWriterLosesNoCommittedEdit();
    void testTwoWritersAtOnceBothFinish();
};

void TestUserDataSafety::testPromisedKeysIgnoreACutLine()
{
    QCOMPARE(promisedKeys("platform a\nscenario b\noverr"),
             (QStringList{QStringLiteral("platform a"), QStringLiteral("scenario b")}));
    QCOMPARE(promisedKeys("platfo"), QStringList());
}

void TestUserDataSafety::testKilledWriterLosesNoCommittedEdit()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("kill moments from seed %u", seed);
    constexpr int kKills = 5;
    QStringList promised;
    for (int run = 0; run < kKills; ++run) {
        QProcess writer;
        // Far more edits than it gets to make: the kill always lands in the middle of them.
        startWriter(writer, path, QStringLiteral("k%1").arg(run), 1000000);
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        const int killAfter = random.bounded(1, 240); // edits reported before the kill
        QByteArray output;
        while (output.count('\n') < killAfter && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(10000);
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        QThread::usleep(random.bounded(0, 3000)); // somewhere inside the next edit's transaction
        writer.kill(); // SIGKILL: no destructor, no checkpoint, no flush
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QStringList keys = promisedKeys(output);
        QVERIFY(keys.size() >= killAfter);
        promised += keys;

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        const QStringList lost = missingKeys(path, promised);
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
        QVERIFY(movedAside(folder.path()).isEmpty());
    }
    qInfo("kills survived: %d; edits reported committed: %lld; edits lost: 0", kKills,
          static_cast<long long>(promised.size()));
}

void TestUserDataSafety::testTwoWritersAtOnceBothFinish()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A fresh path: both processes race to create and migrate the database too.
    const QString path = folder.filePath(QStringLiteral("user.sqlite"));
    constexpr int kEdits = 150; // 50 platforms, 50 overrides, 50 scenarios each
    QProcess first;
    QProcess second;
    startWriter(first, path, QStringLiteral("a"), kEdits);
    startWriter(second, path, QStringLiteral("b"), kEdits);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    const QByteArray firstErrors = first.readAllStandardError();
    const QByteArray secondErrors = second.readAllStandardError();
    QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0, firstErrors.constData());
    QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, secondErrors.constData());
    QVERIFY(!firstErrors.contains("locked") && !secondErrors.contains("locked"));
    const QStringList keys = promisedKeys(first.readAllStandardOutput()) + promisedKeys(second.readAllStandardOutput());
    QCOMPARE(keys.size(), 2 * kEdits);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    const QStringList lost = missingKeys(path, keys);
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
    QVERIFY(movedAside(folder.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestUserDataSafety)
#include "tst_user_data_safety.moc"
