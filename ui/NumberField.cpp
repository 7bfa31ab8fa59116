// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberField.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace localrig::ui {

namespace {

constexpr int kMaxLength = 32; // no sensible amount needs more characters

// Qt's own clear-text icon, shipped inside Qt Widgets. QLineEdit::setClearButtonEnabled asks the style,
// which first searches the icon theme (parsing its index of hundreds of folders): a tenth of the window's
// start-up for one small cross.
const QString kClearIcon = QStringLiteral(":/qt-project.org/styles/commonstyle/images/cleartext-16.png");

} // namespace

NumberField::NumberField(double minimum, double maximum, bool allowEmpty, QWidget* parent)
    : QWidget(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_allowEmpty(allowEmpty)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setMaxLength(kMaxLength);
    if (allowEmpty) {
        addClearButton();
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("numberErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &NumberField::onTextEdited);
}

void NumberField::addClearButton()
{
    if (!QFile::exists(kClearIcon)) {
        m_edit->setClearButtonEnabled(true); // a Qt without the icon: the style's own button
        return;
    }
    // Like QLineEdit's own button: trailing, shown while there is text, clearing counts as an edit.
    auto* clear = new QAction(QIcon(kClearIcon), tr("Clear"), m_edit);
    clear->setObjectName(QStringLiteral("numberClearAction"));
    clear->setToolTip(tr("Clear"));
    m_edit->addAction(clear, QLineEdit::TrailingPosition);
    clear->setVisible(false); // after addAction, which shows the button it makes
    connect(m_edit, &QLineEdit::textChanged, clear,
            [clear](const QString& text) { clear->setVisible(!text.isEmpty()); });
    connect(clear, &QAction::triggered, this, [this] {
        if (!m_edit->text().isEmpty()) {
            m_edit->clear();
            emit m_edit->textEdited(QString());
        }
    });
}

void NumberField::setValue(std::optional<double> value)
{
    m_value = value;
    m_acceptable = true;
    m_error->setVisible(false);
    m_edit->setText(value ? QLocale().toString(*value, 'g', 10) : QString());
}

void NumberField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

QString NumberField::errorText() const
{
    // Shown or not yet shown (a dialog before exec()): what matters is that it is not hidden.
    return m_error->isHidden() ? QString() : m_error->text();
}

void NumberField::onTextEdited(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QLocale locale;
    std::optional<double> parsed;
    bool ok = false;
    if (trimmed.isEmpty()) {
        ok = m_allowEmpty;
    } else {
        // Accept the user's locale and the C form, so "1.5" works in a German session too.
        double number = locale.toDouble(trimmed, &ok);
        if (!ok) {
            number = QLocale::c().toDouble(trimmed, &ok);
        }
        ok = ok && std::isfinite(number) && number >= m_minimum && number <= m_maximum;
        if (ok) {
            parsed = number;
        }
    }
    m_acceptable = ok;
    if (!ok) {
        m_error->setText(tr("Enter a number from %1 to %2; the last valid value is still used.")
                             .arg(locale.toString(m_minimum, 'g', 10), locale.toString(m_maximum, 'g', 10)));
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    if (parsed != m_value) {
        m_value = parsed;
        emit valueChanged();
    }
}

} // namespace localrig::ui
