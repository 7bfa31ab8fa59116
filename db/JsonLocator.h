// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace localrig::db {

// QJsonDocument forgets where things were. For import errors to name a line, this finds the line on
// which each element of each top-level array starts: {"platforms": [ {...}, {...} ]} gives
// "platforms" -> {line of the first object, line of the second}.
QHash<QString, std::vector<int>> topLevelArrayElementLines(const QByteArray& json);

} // namespace localrig::db
