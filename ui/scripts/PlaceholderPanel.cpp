#include "PlaceholderPanel.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

PlaceholderPanel::PlaceholderPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(new WrapLabel)
    , m_rows(new QVBoxLayout)
    , m_fill(new QPushButton(tr("Fill in")))
{
    setObjectName(u"placeholderPanel"_s);
    m_hint->setObjectName(u"placeholderHint"_s);
    m_hint->setProperty("bearingsRole", u"caption"_s);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(Spacing::Small);

    m_fill->setObjectName(u"fillIn"_s);
    m_fill->setAccessibleName(tr("Write the values into the message"));
    m_fill->setToolTip(tr("Puts what you typed into the message itself. Undo takes it back."));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_fill);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_hint);
    layout->addLayout(m_rows);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_fill, &QPushButton::clicked, this, &PlaceholderPanel::fillRequested);
    updateState();
}

void PlaceholderPanel::setPlaceholders(const QStringList &names, const QHash<QString, QString> &values)
{
    if (names == m_names) {
        // Same blanks: only values for fields that are empty and not being typed in.
        for (const QString &name : names) {
            QLineEdit *edit = m_fields.value(name);
            if (edit && !edit->hasFocus() && edit->text() != values.value(name)) {
                const QSignalBlocker block(edit);
                edit->setText(values.value(name));
            }
        }
        updateState();
        return;
    }

    // Take every row out without deleting, then put back the ones that stay.
    for (QWidget *row : std::as_const(m_rowWidgets))
        m_rows->removeWidget(row);
    QHash<QString, QLineEdit *> fields;
    QHash<QString, QWidget *> rows;
    for (const QString &name : names) {
        QLineEdit *edit = m_fields.take(name);
        QWidget *row = m_rowWidgets.take(name);
        if (!edit) {
            row = new QWidget(this);
            edit = new QLineEdit(row);
            edit->setObjectName(u"placeholderField"_s);
            edit->setProperty("placeholderName", name);
            edit->setAccessibleName(tr("Fill in: %1").arg(name));
            edit->setPlaceholderText(tr("Type what goes here"));
            edit->setClearButtonEnabled(true);
            edit->setText(values.value(name));
            auto *label = new WrapLabel(name, row);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(edit);
            auto *rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(2);
            rowLayout->addWidget(label);
            rowLayout->addWidget(edit);
            connect(edit, &QLineEdit::textChanged, this, [this] {
                updateState();
                Q_EMIT valuesChanged();
            });
            connect(edit, &QLineEdit::returnPressed, this, &PlaceholderPanel::fillRequested);
        }
        m_rows->addWidget(row);
        row->show();
        fields.insert(name, edit);
        rows.insert(name, row);
    }
    // Rows of blanks that are gone; deleted later in case one of them is
    // what started this change.
    for (QWidget *gone : std::as_const(m_rowWidgets)) {
        gone->hide();
        gone->deleteLater();
    }
    m_fields = fields;
    m_rowWidgets = rows;
    m_names = names;

    // Keyboard order follows the order of the blanks in the message.
    QWidget *previous = nullptr;
    for (const QString &name : std::as_const(m_names)) {
        if (previous)
            setTabOrder(previous, m_fields.value(name));
        previous = m_fields.value(name);
    }
    if (previous)
        setTabOrder(previous, m_fill);
    updateState();
}

QHash<QString, QString> PlaceholderPanel::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        out.insert(it.key(), it.value()->text());
    return out;
}

void PlaceholderPanel::updateState()
{
    bool anyValue = false;
    for (const QLineEdit *edit : std::as_const(m_fields))
        anyValue = anyValue || !edit->text().trimmed().isEmpty();
    if (m_names.isEmpty()) {
        m_hint->setText(tr("This message has no blanks. To add one, type a word in square brackets, such as "
                           "[Name]."));
    } else {
        m_hint->setText(tr("What you type shows in the preview. Fill in writes it into the message."));
    }
    m_fill->setVisible(!m_names.isEmpty());
    m_fill->setEnabled(anyValue);
}

} // namespace bearings::ui
