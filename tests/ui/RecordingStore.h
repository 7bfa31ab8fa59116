// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's catalog as the GUI tests give it to a page or dialog: it writes nothing and keeps what it was
// asked to write, in order, for the test to compare. With `failure` set, savePlatform refuses with it (a full
// disk, a locked file) and keeps nothing.

#include "core/Platform.h"
#include "core/Result.h"
#include "ui/MyMachineStore.h"
#include "ui/UserCatalogStore.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace localrig::test {

class RecordingStore final : public ui::UserCatalogStore, public ui::MyMachineStore
{
public:
    Result<void> savePlatform(const core::Platform& platform) override
    {
        if (failure) {
            return *failure;
        }
        saved.push_back(platform);
        return outcome::success();
    }
    Result<void> setPriceOverride(const std::string& platformId, double usd) override
    {
        prices.emplace_back(platformId, usd);
        return outcome::success();
    }
    Result<void> removePlatform(const std::string& platformId) override
    {
        removed.push_back(platformId);
        return outcome::success();
    }
    Result<void> saveMyMachine(const core::Platform& platform, const QString& note) override
    {
        mine.push_back(platform);
        notes.push_back(note);
        return outcome::success();
    }

    std::optional<Error> failure;
    std::vector<core::Platform> saved;
    std::vector<std::pair<std::string, double>> prices; // platform id, US dollars
    std::vector<std::string> removed;
    std::vector<core::Platform> mine; // saved as my machine
    QStringList notes; // the source notes that went with each of `mine`
};

} // namespace localrig::test
