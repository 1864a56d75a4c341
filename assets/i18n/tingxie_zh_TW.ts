<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="20" />
        <source>About Tingxie</source>
        <translation>關於聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="37" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="41" />
        <source>Model in use</source>
        <translation>使用中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="41" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="45" />
        <source>Tingxie 聽寫</source>
        <translation>聽寫 Tingxie</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="46" />
        <source>Offline speech to text for Taiwanese Mandarin.</source>
        <translation>離線的臺灣華語語音轉文字工具。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="47" />
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
</context>
<context>
    <name>CheckpointPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="72" />
        <source>Checkpoint</source>
        <translation>訓練檢查點</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="73" />
        <source>The FunASR checkpoint folder: model.pt, config.yaml, am.mvn and the *.bpe.model.</source>
        <translation>FunASR 檢查點資料夾：model.pt、config.yaml、am.mvn 與 *.bpe.model。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="81" />
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="86" />
        <source>Checkpoint folder</source>
        <translation>檢查點資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="92" />
        <source>All files found.</source>
        <translation>檔案齊全。</translation>
    </message>
</context>
<context>
    <name>DictationPanel</name>
    <message>
        <location filename="../../gui/dictation_panel.py" line="57" />
        <location filename="../../gui/dictation_panel.py" line="140" />
        <source>Start dictation</source>
        <translation>開始聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="67" />
        <source>Press Start, or hold the push-to-talk key (Space unless changed in Settings) here, and speak. Each sentence appears when you pause.</source>
        <translation>按「開始聽寫」，或在此按住說話鍵（預設為空白鍵，可在設定中更改）說話，每句話停頓後就會出現。</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="68" />
        <source>Copy all</source>
        <translation>全部複製</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="71" />
        <source>Copy each sentence to the clipboard</source>
        <translation>每句自動複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="78" />
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="108" />
        <source>No microphone found.</source>
        <translation>找不到麥克風。</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="132" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="133" />
        <source>Listening… recording to {0}</source>
        <translation>聆聽中…錄音存於 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="143" />
        <source>Stopped. Saving…</source>
        <translation>已停止，儲存中…</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="147" />
        <source>Stopped. No speech was heard, so nothing was saved.</source>
        <translation>已停止。沒有聽到說話，所以沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="50" />
        <source>{0} cannot be run ({1}).</source>
        <translation>無法執行 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="53" />
        <source>{0} lacks {1}.</source>
        <translation>{0} 缺少 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="59" />
        <source>Choose the folder of a FunASR SenseVoiceSmall checkpoint.</source>
        <translation>請選擇 FunASR SenseVoiceSmall 檢查點的資料夾。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="65" />
        <source>Missing: {0}</source>
        <translation>缺少：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="367" />
        <source>Export wizard</source>
        <translation>匯出精靈</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="412" />
        <source>Added to your models: {0}</source>
        <translation>已加入你的模型：{0}</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../gui/files_tab.py" line="52" />
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="53" />
        <source>Cancel selected</source>
        <translation>取消所選</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="54" />
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="65" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="78" />
        <source>Add audio or video files</source>
        <translation>加入音訊或影片檔</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="82" />
        <source>Add a folder</source>
        <translation>加入資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="92" />
        <source>No audio or video files in what was dropped.</source>
        <translation>拖入的項目中沒有音訊或影片檔。</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="137" />
        <source>Could not save to the history: {0}</source>
        <translation>無法存入歷史紀錄：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="138" />
        <source>Could not write beside {0}: {1}</source>
        <translation>無法在 {0} 旁寫入檔案：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="166" />
        <source>{0} of {1} files failed.</source>
        <translation>{1} 個檔案中有 {0} 個失敗。</translation>
    </message>
</context>
<context>
    <name>GlobalDictation</name>
    <message>
        <location filename="../../gui/global_dictation.py" line="187" />
        <source>Dictation into other applications is off (Settings).</source>
        <translation>在其他應用程式中聽寫的功能已關閉（可在設定中開啟）。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="190" />
        <source>Press {0} in any application to start dictating, and again to stop.</source>
        <translation>在任何應用程式中按一下 {0} 開始聽寫，再按一下停止。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="193" />
        <source>Hold {0} in any application and speak; the text appears where the cursor is.</source>
        <translation>在任何應用程式中按住 {0} 說話，文字會出現在游標所在的位置。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="200" />
        <source>This is a Wayland session, where applications may not watch global keys or type into other windows. Dictate in this tab instead: each sentence is copied to the clipboard for you to paste.</source>
        <translation>目前是 Wayland 工作階段，應用程式無法偵測全域按鍵，也無法在其他視窗中輸入。請改在這個分頁聽寫：每句話都會複製到剪貼簿，讓你自行貼上。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="205" />
        <source>No X display was found, so the global dictation key is not available. Dictate in this tab.</source>
        <translation>找不到 X 顯示伺服器，無法使用全域聽寫鍵。請在這個分頁聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="208" />
        <source>macOS has not allowed Tingxie to watch the dictation key and type. Open System Settings &gt; Privacy &amp; Security, turn Tingxie on under Accessibility and Input Monitoring, then restart Tingxie.</source>
        <translation>macOS 尚未允許聽寫偵測聽寫鍵並輸入文字。請開啟「系統設定」&gt;「隱私權與安全性」，在「輔助使用」與「輸入監控」中開啟聽寫，然後重新啟動聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="213" />
        <source>The pynput package is missing, so the global dictation key is not available: pip install pynput.</source>
        <translation>缺少 pynput 套件，無法使用全域聽寫鍵：請執行 pip install pynput。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../gui/history_panel.py" line="37" />
        <source>Search transcripts…</source>
        <translation>搜尋逐字稿…</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="41" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="41" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="41" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="41" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="48" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="52" />
        <source>Clear history…</source>
        <translation>清除歷史紀錄…</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="86" />
        <source>Dictation</source>
        <translation>聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="86" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="102" />
        <source>Clear history</source>
        <translation>清除歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="103" />
        <source>Delete every transcript in the history, and the recordings kept for dictations? Transcript files you exported and your own audio files are not touched.</source>
        <translation>要刪除歷史紀錄中的所有逐字稿，以及為聽寫保留的錄音嗎？你匯出的逐字稿檔案與你自己的音訊檔不會受到影響。</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="107" />
        <source>Delete all</source>
        <translation>全部刪除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="53" />
        <source>Tingxie 聽寫</source>
        <translation>聽寫 Tingxie</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="115" />
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="98" />
        <source>Files</source>
        <translation>檔案轉寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="99" />
        <source>Dictation</source>
        <translation>聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="100" />
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111" />
        <source>Drop audio or video files or folders anywhere on this window.</source>
        <translation>把音訊、影片檔或資料夾拖到視窗任何地方即可轉寫。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="114" />
        <location filename="../../gui/smoke.py" line="64" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="116" />
        <source>Add folder…</source>
        <translation>加入資料夾…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="118" />
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="119" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120" />
        <source>Model manager…</source>
        <translation>模型管理…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121" />
        <source>Export wizard…</source>
        <translation>匯出精靈…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="122" />
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133" />
        <source>Open log folder</source>
        <translation>開啟紀錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134" />
        <source>About Tingxie</source>
        <translation>關於聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162" />
        <source>Dictation key: {0}</source>
        <translation>聽寫鍵：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188" />
        <source>Your settings file could not be read, so Tingxie started with its default settings. The damaged file was kept as {0}.</source>
        <translation>無法讀取你的設定檔，聽寫已改用預設設定啟動。損壞的檔案保留為 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="193" />
        <source>The history database could not be read, so a new one was started. The damaged file was kept as {0}.</source>
        <translation>無法讀取歷史紀錄資料庫，已建立新的資料庫。損壞的檔案保留為 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236" />
        <source>No model is installed. Open the model manager to get one.</source>
        <translation>尚未安裝模型，請開啟模型管理下載或匯入。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287" />
        <source>{0} dictation recordings from an earlier session were never transcribed (Tingxie was closed while you spoke). Transcribe them now?</source>
        <translation>先前有 {0} 段聽寫錄音尚未轉寫（聽寫在你說話時被關閉）。要現在轉寫嗎？</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291" />
        <source>Transcribe</source>
        <translation>轉寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292" />
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310" />
        <source>Dictated: {0}</source>
        <translation>已聽寫：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318" />
        <source>Not saved: Settings keep no dictations.</source>
        <translation>未儲存：設定為不保留聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326" />
        <source>Not saved to the history; the recording stays at {0}.</source>
        <translation>未存入歷史紀錄；錄音保留在 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>Saved to History with its recording.</source>
        <translation>已連同錄音存入歷史紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="359" />
        <source>Restart Tingxie to see the new language.</source>
        <translation>重新啟動聽寫後即套用新的介面語言。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394" />
        <source>Tingxie keeps running in the tray. Quit it from the tray menu.</source>
        <translation>聽寫會繼續在系統匣中執行，可從系統匣選單結束。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="419" />
        <source>recommended</source>
        <translation>推薦</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="36" />
        <source>PySide6 {0} on Python {1} makes Tingxie crash after some dozens of files. Install a PySide6 below 6.12 (pip install "PySide6-Essentials&lt;6.12") or use Python 3.12 or newer.</source>
        <translation>PySide6 {0} 搭配 Python {1} 會讓聽寫在處理數十個檔案後當掉。請安裝 6.12 以前的 PySide6（pip install "PySide6-Essentials&lt;6.12"），或改用 Python 3.12 以上版本。</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <location filename="../../gui/model_manager.py" line="51" />
        <source>Model manager</source>
        <translation>模型管理</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="58" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="58" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="58" />
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="63" />
        <source>Import folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="109" />
        <source>Bundled</source>
        <translation>內建</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="109" />
        <source>Installed, {0:.0f} MB</source>
        <translation>已安裝，{0:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="38" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="112" />
        <source>Not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="36" />
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="37" />
        <source>Download from URL…</source>
        <translation>從網址下載…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="135" />
        <source>Address of the model archive (.tar.bz2):</source>
        <translation>模型壓縮檔（.tar.bz2）的網址：</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="145" />
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="39" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="166" />
        <source>Failed (try again to resume)</source>
        <translation>失敗（再試一次可續傳）</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="172" />
        <source>Cancelled (Download resumes)</source>
        <translation>已取消（再按下載可續傳）</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="184" />
        <source>Import a model folder</source>
        <translation>匯入模型資料夾</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="102" />
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="109" />
        <source>INT8 (smaller, faster)</source>
        <translation>INT8（較小、較快）</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="118" />
        <location filename="../../gui/export_wizard.py" line="125" />
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="119" />
        <source>Model name</source>
        <translation>模型名稱</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="122" />
        <source>Python with torch and FunASR</source>
        <translation>裝有 torch 與 FunASR 的 Python</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="130" />
        <source>Python interpreter</source>
        <translation>Python 直譯器</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/smoke.py" line="65" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../gui/queue_table.py" line="22" />
        <source>Transcribing</source>
        <translation>轉寫中</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="23" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="24" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="25" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="34" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="34" />
        <source>Duration</source>
        <translation>長度</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="34" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="34" />
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="34" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/queue_table.py" line="21" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="172" />
        <source>Export and verify</source>
        <translation>匯出並驗證</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="178" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="181" />
        <source>Add to my models</source>
        <translation>加入我的模型</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="208" />
        <source>Loading the checkpoint</source>
        <translation>正在載入檢查點</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="209" />
        <source>Tracing the ONNX graph</source>
        <translation>正在追蹤 ONNX 計算圖</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="210" />
        <source>Quantizing to INT8</source>
        <translation>正在量化為 INT8</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="211" />
        <source>Writing the model files</source>
        <translation>正在寫入模型檔</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="212" />
        <source>Decoding the samples with sherpa-onnx</source>
        <translation>正在用 sherpa-onnx 辨識範例音訊</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="213" />
        <source>Comparing with the PyTorch checkpoint</source>
        <translation>正在與 PyTorch 檢查點比對</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="234" />
        <source>This needs a Python with torch and FunASR. Install them into it with: pip install "tingxie[train]" (torch==2.13.0, funasr, onnxruntime, sentencepiece), or choose a Python interpreter that has them.</source>
        <translation>這需要裝有 torch 與 FunASR 的 Python。請在該 Python 執行：pip install "tingxie[train]"（torch==2.13.0、funasr、onnxruntime、sentencepiece），或選擇已裝好這些套件的 Python 直譯器。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="245" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="249" />
        <source>Exported and verified.</source>
        <translation>已匯出並通過驗證。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="308" />
        <source>{0} (%v of %m)</source>
        <translation>{0}（第 %v／%m 步）</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="326" />
        <source>Could not start {0}: {1}</source>
        <translation>無法啟動 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="331" />
        <source>Verification failed for {0}; the log above says why.</source>
        <translation>{0} 未通過驗證，原因請見上方紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="333" />
        <source>Failed: {0}</source>
        <translation>失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="335" />
        <source>Stopped (exit code {0}); the log above says why.</source>
        <translation>已停止（結束碼 {0}），原因請見上方紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="337" />
        <source>{0} ended without reporting that it succeeded; the log above says what it did.</source>
        <translation>{0} 已結束，但沒有回報成功；執行經過請見上方紀錄。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="42" />
        <source>INT8 (faster)</source>
        <translation>INT8（較快）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="46" />
        <source>Hold to talk</source>
        <translation>按住說話</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="47" />
        <source>Press to start, press again to stop</source>
        <translation>按一下開始，再按一下停止</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50" />
        <source>Paste (Ctrl+V), then restore the clipboard</source>
        <translation>貼上（Ctrl+V），之後還原剪貼簿</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="51" />
        <source>Paste with Shift+Insert (terminals)</source>
        <translation>以 Shift+Insert 貼上（終端機）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="52" />
        <source>Type the characters</source>
        <translation>逐字輸入</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="55" />
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="56" />
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57" />
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="58" />
        <source>Don't keep</source>
        <translation>不保留</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="69" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="72" />
        <source>Punctuation and number formatting (ITN)</source>
        <translation>加上標點並轉換數字格式（ITN）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="75" />
        <source>Full-width Chinese punctuation</source>
        <translation>使用全形中文標點</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="85" />
        <source>Write SRT and TXT beside each source file automatically</source>
        <translation>自動在原始檔旁寫出 SRT 與 TXT</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="87" />
        <source>Dictate into any application with a global key</source>
        <translation>用全域按鍵在任何應用程式中聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="96" />
        <source>Choose a key, or write a combination as &lt;ctrl&gt;+&lt;alt&gt;+h.</source>
        <translation>選擇一個按鍵，或寫出組合鍵，例如 &lt;ctrl&gt;+&lt;alt&gt;+h。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="99" />
        <source>Drop the final 。 of a short phrase</source>
        <translation>短句省略句尾的「。」</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="101" />
        <source>Add a space after the text</source>
        <translation>在文字後加一個空格</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="103" />
        <source>Closing the window keeps Tingxie in the tray</source>
        <translation>關閉視窗後讓聽寫留在系統匣</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="110" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="112" />
        <source>Chinese conversion</source>
        <translation>中文轉換</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="114" />
        <location filename="../../gui/settings_dialog.py" line="173" />
        <source>Replacement rules</source>
        <translation>取代規則</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="115" />
        <source>Threads</source>
        <translation>執行緒數</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="116" />
        <source>Model precision</source>
        <translation>模型精度</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="117" />
        <location filename="../../gui/settings_dialog.py" line="178" />
        <source>Export folder</source>
        <translation>匯出資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="119" />
        <source>Push-to-talk key</source>
        <translation>按住說話鍵</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="121" />
        <source>Dictation key</source>
        <translation>聽寫鍵</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="123" />
        <source>Key acts as</source>
        <translation>按鍵方式</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="124" />
        <source>Insert text by</source>
        <translation>插入文字的方式</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="128" />
        <source>Keep dictations</source>
        <translation>保留聽寫</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../gui/transcript_view.py" line="53" />
        <source>No transcript yet: drop audio or video files on the window.</source>
        <translation>尚無逐字稿：把音訊或影片檔拖到視窗上。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="57" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="57" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="67" />
        <location filename="../../gui/transcript_view.py" line="118" />
        <source>Export {0}</source>
        <translation>匯出 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="87" />
        <source>Click to play this part</source>
        <translation>點一下播放這一段</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="102" />
        <source>Playing {0}–{1}</source>
        <translation>播放 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="105" />
        <source>Cannot play audio: {0}</source>
        <translation>無法播放音訊：{0}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../gui/tray.py" line="15" />
        <source>Tingxie: ready</source>
        <translation>聽寫：就緒</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="16" />
        <source>Tingxie: listening…</source>
        <translation>聽寫：聆聽中…</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="17" />
        <source>Tingxie: recognising…</source>
        <translation>聽寫：辨識中…</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="55" />
        <location filename="../../gui/tray.py" line="88" />
        <source>Start dictation</source>
        <translation>開始聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="59" />
        <source>Show window</source>
        <translation>顯示視窗</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="61" />
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="63" />
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="88" />
        <source>Stop dictation</source>
        <translation>停止聽寫</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../gui/welcome_panel.py" line="19" />
        <source>Welcome to Tingxie. Only the demo model is installed, and it knows just its own 100 sentences. Get a real SenseVoice model to transcribe your own speech.</source>
        <translation>歡迎使用聽寫！目前只裝了示範模型，它只認得自己的 100 個句子。請取得正式的 SenseVoice 模型來轉寫你自己的語音。</translation>
    </message>
    <message>
        <location filename="../../gui/welcome_panel.py" line="25" />
        <source>Download the recommended model</source>
        <translation>下載推薦模型</translation>
    </message>
    <message>
        <location filename="../../gui/welcome_panel.py" line="26" />
        <source>Import a model folder…</source>
        <translation>匯入模型資料夾…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome_panel.py" line="27" />
        <source>Try the demo model</source>
        <translation>先試用示範模型</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="24" />
        <source>Retry failed</source>
        <translation>重試失敗的檔案</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="38" />
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="34" />
        <source>Tingxie</source>
        <translation>聽寫 Tingxie</translation>
    </message>
</context>
</TS>