// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// "Did you mean": unknown names are answered with the closest known ones.
namespace localrig::db {

// Levenshtein distance, case-insensitive.
int editDistance(const QString& a, const QString& b);

// Up to `count` candidates nearest to `query`, nearest first, ties in candidate order.
QStringList closestNames(const QString& query, const QStringList& candidates, int count = 3);

// Lower case without spaces and punctuation: "Qwen 3.6-35B" and "qwen3.6 35b" compare equal.
QString looseKey(const QString& name);

} // namespace localrig::db
