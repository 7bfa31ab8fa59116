// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bad-input tests' oracle: the texts a person may type into a number field, typing them as a person does,
// and what a NumberField accepting [minimum, maximum] must make of them, key by key.

#include <QLatin1Char>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QWidget>

#include <cmath>
#include <optional>

namespace localrig::test {

inline const QStringList& badTexts()
{
    static const QStringList texts{QString(),
                                   QStringLiteral("abc"),
                                   QStringLiteral("-1"),
                                   QStringLiteral("0"),
                                   QStringLiteral("NaN"),
                                   QStringLiteral("inf"),
                                   QStringLiteral("-inf"),
                                   QStringLiteral("1e308"),
                                   QString(5000, QLatin1Char('9')),
                                   QStringLiteral("0x10"),
                                   QStringLiteral("1,5")};
    return texts;
}

inline QString shownAs(const QString& text)
{
    return text.size() > 12 ? QStringLiteral("%1 chars").arg(text.size())
                            : QLatin1Char('\'') + text + QLatin1Char('\'');
}

// What a person does: select everything in the field, delete it, type the new text.
inline void retype(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty()) {
        QTest::keyClicks(edit, text);
    }
}

// What a NumberField accepting [minimum, maximum] makes of `text` (the C locale, as these tests run):
// nothing when it must refuse it, else the value (std::nullopt for an allowed empty field).
inline std::optional<std::optional<double>> acceptedValue(const QString& text, double minimum, double maximum,
                                                          bool allowEmpty)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return allowEmpty ? std::optional<std::optional<double>>(std::in_place, std::nullopt) : std::nullopt;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum) {
        return std::nullopt;
    }
    return std::optional<double>(value);
}

// The field updates on every key, so after typing `text` over `before` it holds the value of the last
// text on the way that it accepted: the empty field after Delete, then each longer prefix (a field takes
// at most 32 characters). A refused text never becomes the value.
inline std::optional<double> valueAfterTyping(const QString& text, std::optional<double> before, double minimum,
                                              double maximum, bool allowEmpty)
{
    std::optional<double> value = before;
    const QString typed = text.left(32);
    for (qsizetype n = 0; n <= typed.size(); ++n) {
        if (const auto step = acceptedValue(typed.left(n), minimum, maximum, allowEmpty)) {
            value = *step;
        }
    }
    return value;
}

} // namespace localrig::test
