// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// "Did you mean": unknown names are answered with the closest known ones.
namespace localrig::db {

// Levenshtein distance, case-insensitive.
int editDistance(const QString& a, const QString& b);

// Up to `count` candidates nearest to `query`: names it begins, then names that contain it (both in candidate
// order), then the rest by edit distance.
QStringList closestNames(const QString& query, const QStringList& candidates, int count = 3);

// The one candidate whose loose key begins with the query's (at least `minimumLength` letters and digits), or
// -1 when none or several do: "qwen3.6" finds "Qwen3.6-35B-A3B" when it is the only Qwen3.6.
qsizetype uniquePrefixMatch(const QString& query, const QList<QStringList>& candidateKeys, int minimumLength = 3);

// Lower case without spaces and punctuation: "Qwen 3.6-35B" and "qwen3.6 35b" compare equal.
QString looseKey(const QString& name);

} // namespace localrig::db
