// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureFields.h"

#include <QCoreApplication>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLineEdit>

namespace localrig::ui {

namespace {

// These messages were the platform editor's; their translations stay under its context.
QString editorTr(const char* text)
{
    return QCoreApplication::translate("localrig::ui::PlatformEditorDialog", text);
}

} // namespace

FigureFields::FigureFields(QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_form(form)
    , m_parent(parent)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
}

QLineEdit* FigureFields::add(const QString& label, const QString& field, const QString& objectName, double minimum,
                             double maximum, int decimals, bool optional)
{
    auto* edit = new QLineEdit(m_parent);
    edit->setObjectName(objectName);
    auto* validator = new QDoubleValidator(minimum, maximum, decimals, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(m_locale);
    // Not set on the edit: a validator there silently drops refused keys, so "1e308" would become 1308 and
    // "-1" become 1. The text stays as typed and problem() says what is wrong with it.
    m_form->addRow(label, edit);
    m_fields.push_back({edit, validator, field, minimum, maximum, optional});
    connect(edit, &QLineEdit::textChanged, this, &FigureFields::edited);
    return edit;
}

QString FigureFields::text(std::optional<double> value) const
{
    return value ? m_locale.toString(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

std::optional<double> FigureFields::value(const QLineEdit* edit) const
{
    bool ok = false;
    const double number = m_locale.toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString FigureFields::problem() const
{
    for (const Field& field : m_fields) {
        if (!field.edit->isEnabled()) {
            continue;
        }
        if (QString text = problem(field); !text.isEmpty()) {
            return text;
        }
    }
    return {};
}

QString FigureFields::problem(const Field& field) const
{
    const QString text = field.edit->text().trimmed();
    if (text.isEmpty()) {
        return field.optional ? QString() : editorTr("%1: this figure is required.").arg(field.name);
    }
    QString candidate = text;
    int position = 0;
    if (field.validator->validate(candidate, position) != QValidator::Acceptable || !value(field.edit)) {
        const QLocale locale;
        return editorTr("%1: %2 is not a number from %3 to %4.")
            .arg(field.name, text, locale.toString(field.minimum, 'g', QLocale::FloatingPointShortest),
                 locale.toString(field.maximum, 'f', 0));
    }
    return {};
}

} // namespace localrig::ui
