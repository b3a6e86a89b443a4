#include "preferences/KeyboardPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Rows in the order of the bar: the five primary buttons first.
struct KeyRow
{
    Setting shortcut;
    Setting hotkey;
    const char *label;
};

const KeyRow kRows[] = {
    {Setting::ShortcutParkCustomer, Setting::HotkeyParkCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Park")},
    {Setting::ShortcutGrabCustomer, Setting::HotkeyGrabCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Grab")},
    {Setting::ShortcutParkIvrCustomer, Setting::HotkeyParkIvrCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Park IVR")},
    {Setting::ShortcutSwap, Setting::HotkeySwap, QT_TRANSLATE_NOOP("KeyboardPage", "Swap (automatic)")},
    {Setting::ShortcutHangupXferGrabCustomer, Setting::HotkeyHangupXferGrabCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Hangup Xfer + Grab")},
    {Setting::ShortcutParkXfer, Setting::HotkeyParkXfer, QT_TRANSLATE_NOOP("KeyboardPage", "Park third party")},
    {Setting::ShortcutGrabXfer, Setting::HotkeyGrabXfer, QT_TRANSLATE_NOOP("KeyboardPage", "Grab third party")},
    {Setting::ShortcutGrabIvrCustomer, Setting::HotkeyGrabIvrCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Grab from IVR")},
    {Setting::ShortcutSwapParkCustomer, Setting::HotkeySwapParkCustomer, QT_TRANSLATE_NOOP("KeyboardPage", "Swap: park customer")},
    {Setting::ShortcutSwapParkXfer, Setting::HotkeySwapParkXfer, QT_TRANSLATE_NOOP("KeyboardPage", "Swap: park third party")},
};

QKeySequenceEdit *keyEdit(QWidget *parent)
{
    auto *edit = new QKeySequenceEdit(parent);
    edit->setClearButtonEnabled(true);
    // Room for "Ctrl+Shift+5" and the clear button, whatever the column gets.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+Alt+5")) + 36);
    // One key combination per action, never a chord sequence.
    QObject::connect(edit, &QKeySequenceEdit::editingFinished, edit, [edit] {
        if (edit->keySequence().count() > 1)
            edit->setKeySequence(QKeySequence(edit->keySequence()[0]));
    });
    return edit;
}

} // namespace

KeyboardPage::KeyboardPage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns);

    auto *shortcutsBox = new QGroupBox(tr("Shortcuts in the ParkBar window"), this);
    auto *shortcutsForm = new QFormLayout(shortcutsBox);
    for (const KeyRow &row : kRows) {
        QKeySequenceEdit *edit = keyEdit(shortcutsBox);
        m_shortcuts.addRow(shortcutsForm, tr(row.label) + QLatin1Char(':'), row.shortcut, edit);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &KeyboardPage::updateConflicts);
    }
    columns->addWidget(shortcutsBox);

    m_hotkeysBox = new QGroupBox(tr("Global hotkeys (work while another window has the focus)"), this);
    m_hotkeysBox->setObjectName(QStringLiteral("global-hotkeys"));
    m_hotkeysLayout = new QVBoxLayout(m_hotkeysBox);
    auto *hotkeysForm = new QFormLayout;
    m_hotkeysLayout->addLayout(hotkeysForm);
    for (const KeyRow &row : kRows) {
        QKeySequenceEdit *edit = keyEdit(m_hotkeysBox);
        m_hotkeys.addRow(hotkeysForm, tr(row.label) + QLatin1Char(':'), row.hotkey, edit);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &KeyboardPage::updateConflicts);
    }
    columns->addWidget(m_hotkeysBox);

    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("key-conflicts"));
    m_conflicts->setAccessibleName(tr("Key conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    m_conflicts->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_conflicts->setVisible(false);
    outer->addWidget(m_conflicts);
    auto *hint = new QLabel(tr("Click a field and press the keys; the small cross clears it. Empty means no key."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(hint);
    outer->addStretch(1);
}

QString KeyboardPage::title() const
{
    return tr("Keyboard");
}

void KeyboardPage::setGlobalHotkeysSection(SettingsPage *section)
{
    // The module's section replaces the built-in editors entirely.
    while (m_hotkeysLayout->count() > 0) {
        QLayoutItem *item = m_hotkeysLayout->takeAt(0);
        if (QLayout *layout = item->layout()) {
            while (layout->count() > 0) {
                QLayoutItem *child = layout->takeAt(0);
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_hotkeys = SettingBinder();
    m_hotkeysSection = section;
    section->setParent(m_hotkeysBox);
    m_hotkeysLayout->addWidget(section);
    updateConflicts();
}

void KeyboardPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_shortcuts.load(settings, profileId);
    m_hotkeys.load(settings, profileId);
    if (m_hotkeysSection)
        m_hotkeysSection->load(settings, profileId);
    updateConflicts();
}

void KeyboardPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_shortcuts.store(settings, profileId);
    m_hotkeys.store(settings, profileId);
    if (m_hotkeysSection)
        m_hotkeysSection->store(settings, profileId);
}

QStringList KeyboardPage::problems() const
{
    QStringList found = conflicts();
    if (m_hotkeysSection)
        found += m_hotkeysSection->problems();
    return found;
}

QStringList KeyboardPage::conflicts() const
{
    QMap<QString, QStringList> users; // key text -> who uses it
    for (const KeyRow &row : kRows) {
        const QString name = tr(row.label);
        for (const auto &[binder, where] : {std::pair{&m_shortcuts, tr("shortcut")}, std::pair{&m_hotkeys, tr("hotkey")}}) {
            const Setting key = binder == &m_shortcuts ? row.shortcut : row.hotkey;
            if (const auto *edit = qobject_cast<QKeySequenceEdit *>(binder->editor(key))) {
                const QString text = edit->keySequence().toString(QKeySequence::NativeText);
                if (!text.isEmpty())
                    users[text].append(tr("%1 (%2)").arg(name, where));
            }
        }
    }
    QStringList lines;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            lines.append(tr("%1 is used by %2.").arg(it.key(), it.value().join(tr(" and "))));
    }
    return lines;
}

void KeyboardPage::updateConflicts()
{
    const QStringList lines = conflicts();
    m_conflicts->setText(lines.join(QLatin1Char('\n')));
    m_conflicts->setVisible(!lines.isEmpty());
}
