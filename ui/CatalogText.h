// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace localrig::ui {

// Translations of the shipped catalog's own prose (use-case names and descriptions, tier names and
// audiences). The catalog stays the source of truth: a text is translated only while it still reads exactly
// as the English this table knows, so an edited or updated catalog row shows its own words, never a stale
// translation of something else.
class CatalogText
{
public:
    static QString useCaseName(const QString& slug, const QString& english);
    static QString useCaseDescription(const QString& slug, const QString& english);
    static QString tierName(const QString& tierId, const QString& english);
    static QString tierAudience(const QString& tierId, const QString& english);
};

} // namespace localrig::ui
