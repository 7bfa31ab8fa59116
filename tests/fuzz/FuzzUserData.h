// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FuzzCatalog.h"
#include "db/UserDataFile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// One import file of `format`: the parser must refuse bad input with a reason, and whatever it accepts
// must survive export and re-import unchanged in row counts (an exported file always re-imports).
namespace localrig::fuzz {

inline int fuzzUserDataFile(const std::uint8_t* data, std::size_t size, db::DataFileFormat format)
{
    static const db::Catalog catalog = (application(), smallCatalog());
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString name = format == db::DataFileFormat::Json ? QStringLiteral("fuzz.json") : QStringLiteral("fuzz.csv");
    const auto parsed = db::parseUserData(content, format, name, catalog);
    if (!parsed) {
        if (parsed.error().detail.empty()) {
            __builtin_trap(); // a refusal must say why
        }
        return 0;
    }
    const QByteArray exported = db::serializeUserData(parsed.value(), format);
    const auto again = db::parseUserData(exported, format, name, catalog);
    if (!again || again.value().platforms.size() != parsed.value().platforms.size()
        || again.value().models.size() != parsed.value().models.size()
        || again.value().prices.size() != parsed.value().prices.size()) {
        __builtin_trap(); // accepted once, refused or changed after its own export
    }
    return 0;
}

} // namespace localrig::fuzz
