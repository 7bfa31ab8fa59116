// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace localrig::ui {

// How the Plan page and its tier cards show notes: a wrapped, selectable rich-text label, and a headed
// bullet list of plain sentences (escaped, so a model or machine name can never inject markup).
namespace NoteText {

QLabel* label(QWidget* parent, const QString& objectName);
// "<b>heading</b><ul>…</ul>", or empty when there are no items.
QString bulletList(const QString& heading, const QStringList& items);

} // namespace NoteText

} // namespace localrig::ui
