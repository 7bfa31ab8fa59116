// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process for the data-safety tests (tst_user_data_safety): opens the user database the way
// the app does and makes COUNT edits, cycling savePlatform, setPriceOverride and saveScenario. After
// each edit's transaction has committed it prints the edit's key on stdout and flushes, so a parent that
// kills it knows exactly which edits were promised to the user.
//   user_db_writer DB_PATH TAG COUNT
// Keys: "platform <id>", "override <platform id> <usd>", "scenario <name>". Any failed edit prints
// "user_db_writer: <reason>" on stderr and exits 1.
#include "db/CatalogTypes.h"
#include "db/UserDatabase.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <string>

using namespace localrig;

namespace {

db::PlatformEntry platform(const std::string& id, int i)
{
    db::PlatformEntry entry;
    entry.platform.id = id;
    entry.platform.name = "Writer machine " + id;
    entry.platform.vendor = "Test";
    entry.platform.memoryGiB = 16.0 + i % 256;
    entry.platform.bandwidthGBs = 100.0 + i;
    entry.platform.loadWatts = 50.0;
    entry.source.source = QStringLiteral("user");
    entry.source.notes = QString(200, QLatin1Char('n')); // a few rows per page, so pages split and grow
    return entry;
}

void promise(const std::string& key)
{
    std::fputs((key + '\n').c_str(), stdout);
    std::fflush(stdout);
}

int fail(const Error& error)
{
    std::fprintf(stderr, "user_db_writer: %s\n", error.detail.c_str());
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool countOk = false;
    const int count = args.size() == 4 ? args.at(3).toInt(&countOk) : 0;
    if (!countOk || count < 1) {
        std::fputs("usage: user_db_writer DB_PATH TAG COUNT\n", stderr);
        return 2;
    }
    const std::string tag = args.at(2).toStdString();
    auto user = db::UserDatabase::open(args.at(1));
    if (!user) {
        return fail(user.error());
    }
    if (user.value().recovery()) {
        // A database this test wrote must never look corrupt to the next writer.
        std::fprintf(stderr, "user_db_writer: %s\n", user.value().recoveryMessage().toStdString().c_str());
        return 1;
    }
    std::string lastPlatform;
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        switch (i % 3) {
        case 0: {
            lastPlatform = tag + "_p" + n;
            if (auto saved = user.value().savePlatform(platform(lastPlatform, i)); !saved) {
                return fail(saved.error());
            }
            promise("platform " + lastPlatform);
            break;
        }
        case 1: {
            const double usd = 1000.0 + i;
            if (auto saved = user.value().setPriceOverride(QString::fromStdString(lastPlatform), usd); !saved) {
                return fail(saved.error());
            }
            promise("override " + lastPlatform + ' ' + std::to_string(static_cast<int>(usd)));
            break;
        }
        default: {
            db::SavedScenario scenario;
            scenario.name = QString::fromStdString(tag + "_s" + n);
            scenario.scenario.contextTokens = 1024 + i;
            scenario.workloads = {QStringLiteral("coding-assistant")};
            if (auto saved = user.value().saveScenario(scenario); !saved) {
                return fail(saved.error());
            }
            promise("scenario " + scenario.name.toStdString());
            break;
        }
        }
    }
    return 0;
}
