<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about_dialog.py" line="21" />
        <source>About Tingxie</source>
        <translation>關於聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="38" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="42" />
        <source>Model in use</source>
        <translation>使用中的模型</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="42" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="47" />
        <source>Tingxie 聽寫</source>
        <translation>聽寫 Tingxie</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="48" />
        <source>Offline speech to text for Taiwanese Mandarin.</source>
        <translation>離線的臺灣華語語音轉文字工具。</translation>
    </message>
    <message>
        <location filename="../../gui/about_dialog.py" line="49" />
        <source>Licences</source>
        <translation>授權條款</translation>
    </message>
</context>
<context>
    <name>CheckpointPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="82" />
        <source>Checkpoint</source>
        <translation>訓練檢查點</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="83" />
        <source>The FunASR checkpoint folder: model.pt, config.yaml, am.mvn and the *.bpe.model.</source>
        <translation>FunASR 檢查點資料夾：model.pt、config.yaml、am.mvn 與 *.bpe.model。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="91" />
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="96" />
        <source>Checkpoint folder</source>
        <translation>檢查點資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="102" />
        <source>All files found.</source>
        <translation>檔案齊全。</translation>
    </message>
</context>
<context>
    <name>DictationPanel</name>
    <message>
        <location filename="../../gui/dictation_panel.py" line="59" />
        <location filename="../../gui/dictation_panel.py" line="142" />
        <source>Start dictation</source>
        <translation>開始聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="69" />
        <source>Press Start, or hold the push-to-talk key (Space unless changed in Settings) here, and speak. Each sentence appears when you pause.</source>
        <translation>按「開始聽寫」，或在此按住說話鍵（預設為空白鍵，可在設定中更改）說話，每句話停頓後就會出現。</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="70" />
        <source>Copy all</source>
        <translation>全部複製</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="73" />
        <source>Copy each sentence to the clipboard</source>
        <translation>每句自動複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="80" />
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="110" />
        <source>No microphone found.</source>
        <translation>找不到麥克風。</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="134" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="135" />
        <source>Listening… recording to {0}</source>
        <translation>聆聽中…錄音存於 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="145" />
        <source>Stopped. Saving…</source>
        <translation>已停止，儲存中…</translation>
    </message>
    <message>
        <location filename="../../gui/dictation_panel.py" line="149" />
        <source>Stopped. No speech was heard, so nothing was saved.</source>
        <translation>已停止。沒有聽到說話，所以沒有儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>DropHighlight</name>
    <message>
        <location filename="../../gui/drop_highlight.py" line="14" />
        <source>Drop files or folders to transcribe them</source>
        <translation>放開滑鼠，轉寫這些檔案或資料夾</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="26" />
        <source>Retry failed</source>
        <translation>重試失敗的檔案</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="42" />
        <source>Tingxie</source>
        <translation>聽寫 Tingxie</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="47" />
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="52" />
        <source>{0} cannot be run ({1}).</source>
        <translation>無法執行 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="55" />
        <source>{0} lacks {1}.</source>
        <translation>{0} 缺少 {1}。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="69" />
        <source>Choose the folder of a FunASR SenseVoiceSmall checkpoint.</source>
        <translation>請選擇 FunASR SenseVoiceSmall 檢查點的資料夾。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="75" />
        <source>Missing: {0}</source>
        <translation>缺少：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="377" />
        <source>Export wizard</source>
        <translation>匯出精靈</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="424" />
        <source>Added to your models: {0}</source>
        <translation>已加入你的模型：{0}</translation>
    </message>
</context>
<context>
    <name>FileWorker</name>
    <message>
        <location filename="../../gui/file_worker.py" line="66" />
        <source>{0}: unexpected error ({1}: {2})</source>
        <translation>{0}：發生未預期的錯誤（{1}：{2}）</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../gui/files_tab.py" line="56" />
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="57" />
        <source>Cancel selected</source>
        <translation>取消所選</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="58" />
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="71" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="85" />
        <source>Add audio or video files</source>
        <translation>加入音訊或影片檔</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="89" />
        <source>Add a folder</source>
        <translation>加入資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="99" />
        <source>No audio or video files in what was dropped.</source>
        <translation>拖入的項目中沒有音訊或影片檔。</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="167" />
        <source>Could not save to the history: {0}</source>
        <translation>無法存入歷史紀錄：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="168" />
        <source>Could not write beside {0}: {1}</source>
        <translation>無法在 {0} 旁寫入檔案：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/files_tab.py" line="205" />
        <source>{0} of {1} files failed.</source>
        <translation>{1} 個檔案中有 {0} 個失敗。</translation>
    </message>
</context>
<context>
    <name>GlobalDictation</name>
    <message>
        <location filename="../../gui/global_dictation.py" line="194" />
        <source>Dictation into other applications is off (Settings).</source>
        <translation>在其他應用程式中聽寫的功能已關閉（可在設定中開啟）。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="197" />
        <source>Press {0} in any application to start dictating, and again to stop.</source>
        <translation>在任何應用程式中按一下 {0} 開始聽寫，再按一下停止。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="200" />
        <source>Hold {0} in any application and speak; the text appears where the cursor is.</source>
        <translation>在任何應用程式中按住 {0} 說話，文字會出現在游標所在的位置。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="207" />
        <source>This is a Wayland session, where applications may not watch global keys or type into other windows. Dictate in this tab instead: each sentence is copied to the clipboard for you to paste.</source>
        <translation>目前是 Wayland 工作階段，應用程式無法偵測全域按鍵，也無法在其他視窗中輸入。請改在這個分頁聽寫：每句話都會複製到剪貼簿，讓你自行貼上。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="212" />
        <source>No X display was found, so the global dictation key is not available. Dictate in this tab.</source>
        <translation>找不到 X 顯示伺服器，無法使用全域聽寫鍵。請在這個分頁聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="215" />
        <source>macOS has not allowed Tingxie to watch the dictation key and type. Open System Settings &gt; Privacy &amp; Security, turn Tingxie on under Accessibility and Input Monitoring, then restart Tingxie.</source>
        <translation>macOS 尚未允許聽寫偵測聽寫鍵並輸入文字。請開啟「系統設定」&gt;「隱私權與安全性」，在「輔助使用」與「輸入監控」中開啟聽寫，然後重新啟動聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="220" />
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
        <location filename="../../gui/history_panel.py" line="50" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="54" />
        <source>Clear history…</source>
        <translation>清除歷史紀錄…</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="95" />
        <source>Dictation</source>
        <translation>聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="95" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="111" />
        <source>Clear history</source>
        <translation>清除歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="112" />
        <source>Delete every transcript in the history, and the recordings kept for dictations? Transcript files you exported and your own audio files are not touched.</source>
        <translation>要刪除歷史紀錄中的所有逐字稿，以及為聽寫保留的錄音嗎？你匯出的逐字稿檔案與你自己的音訊檔不會受到影響。</translation>
    </message>
    <message>
        <location filename="../../gui/history_panel.py" line="116" />
        <source>Delete all</source>
        <translation>全部刪除</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../gui/global_dictation.py" line="186" />
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../gui/global_dictation.py" line="186" />
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="66" />
        <source>Tingxie 聽寫</source>
        <translation>聽寫 Tingxie</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143" />
        <source>Add files…</source>
        <translation>加入檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113" />
        <source>Open output folder</source>
        <translation>開啟輸出資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125" />
        <source>Files</source>
        <translation>檔案轉寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>Dictation</source>
        <translation>聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127" />
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139" />
        <source>Drop audio or video files or folders anywhere on this window.</source>
        <translation>把音訊、影片檔或資料夾拖到視窗任何地方即可轉寫。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <location filename="../../gui/smoke.py" line="64" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <source>Add folder…</source>
        <translation>加入資料夾…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148" />
        <source>Export transcript…</source>
        <translation>匯出逐字稿…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150" />
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153" />
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>Model manager…</source>
        <translation>模型管理…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>Export wizard…</source>
        <translation>匯出精靈…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157" />
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161" />
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168" />
        <source>Open log folder</source>
        <translation>開啟紀錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169" />
        <source>About Tingxie</source>
        <translation>關於聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="197" />
        <source>Dictation key: {0}</source>
        <translation>聽寫鍵：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223" />
        <source>Your settings file could not be read, so Tingxie started with its default settings. The damaged file was kept as {0}.</source>
        <translation>無法讀取你的設定檔，聽寫已改用預設設定啟動。損壞的檔案保留為 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="228" />
        <source>The history database could not be read, so a new one was started. The damaged file was kept as {0}.</source>
        <translation>無法讀取歷史紀錄資料庫，已建立新的資料庫。損壞的檔案保留為 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272" />
        <source>No model is installed. Open the model manager to get one.</source>
        <translation>尚未安裝模型，請開啟模型管理下載或匯入。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>{0} dictation recordings from an earlier session were never transcribed (Tingxie was closed while you spoke). Transcribe them now?</source>
        <translation>先前有 {0} 段聽寫錄音尚未轉寫（聽寫在你說話時被關閉）。要現在轉寫嗎？</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337" />
        <source>Transcribe</source>
        <translation>轉寫</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338" />
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="378" />
        <source>Transcribed: {0}. Failed: {1}.</source>
        <translation>已轉寫：{0} 個；失敗：{1} 個。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="379" />
        <source>Tingxie: the queue is done</source>
        <translation>Tingxie：佇列已完成</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="394" />
        <source>Dictated: {0}</source>
        <translation>已聽寫：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402" />
        <source>Not saved: Settings keep no dictations.</source>
        <translation>未儲存：設定為不保留聽寫。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="410" />
        <source>Not saved to the history; the recording stays at {0}.</source>
        <translation>未存入歷史紀錄；錄音保留在 {0}。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="413" />
        <source>Saved to History with its recording.</source>
        <translation>已連同錄音存入歷史紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="443" />
        <source>Restart Tingxie to see the new language.</source>
        <translation>重新啟動聽寫後即套用新的介面語言。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="464" />
        <source>Tingxie keeps running in the tray. Quit it from the tray menu.</source>
        <translation>聽寫會繼續在系統匣中執行，可從系統匣選單結束。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="491" />
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
        <location filename="../../gui/model_manager.py" line="134" />
        <source>Model manager</source>
        <translation>模型管理</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="146" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="146" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="147" />
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="157" />
        <source>Import folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="264" />
        <source>Bundled</source>
        <translation>內建</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="55" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="261" />
        <source>Not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="49" />
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="50" />
        <source>Download from URL…</source>
        <translation>從網址下載…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="287" />
        <source>Address of the model archive (.tar.bz2):</source>
        <translation>模型壓縮檔（.tar.bz2）的網址：</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="262" />
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="51" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="52" />
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="53" />
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="54" />
        <source>Show folder</source>
        <translation>顯示資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="62" />
        <source>Bundled with Tingxie</source>
        <translation>Tingxie 內建</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="63" />
        <source>Downloaded from the catalog</source>
        <translation>從模型目錄下載</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="64" />
        <source>Downloaded from an address</source>
        <translation>從網址下載</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="65" />
        <source>Imported folder</source>
        <translation>匯入的資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="66" />
        <source>Exported by the Export wizard</source>
        <translation>由匯出精靈匯出</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="68" />
        <source>Catalog</source>
        <translation>模型目錄</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="146" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="146" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="146" />
        <source>Precisions</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="250" />
        <source>{0} on disk</source>
        <translation>佔用 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="253" />
        <source>size unknown</source>
        <translation>大小不明</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="254" />
        <source>{0} download</source>
        <translation>下載 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="257" />
        <source>{0}, {1} on disk</source>
        <translation>{0}，安裝後佔用 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="263" />
        <source>Installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="308" />
        <source>{0}, {1}/s</source>
        <translation>{0}，{1}/秒</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="319" />
        <source>Failed (try again to resume)</source>
        <translation>失敗（再試一次可續傳）</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="325" />
        <source>Cancelled (Download resumes)</source>
        <translation>已取消（再按下載可續傳）</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="329" />
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="330" />
        <source>Remove “{0}” and delete its folder ({1})?</source>
        <translation>要移除「{0}」並刪除它的資料夾（{1}）嗎？</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="342" />
        <source>Rename model</source>
        <translation>重新命名模型</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="342" />
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="356" />
        <location filename="../../gui/model_manager.py" line="360" />
        <source>Import a model folder</source>
        <translation>匯入模型資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/model_manager.py" line="360" />
        <source>Name of the model:</source>
        <translation>模型名稱：</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="112" />
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="119" />
        <source>INT8 (smaller, faster)</source>
        <translation>INT8（較小、較快）</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="128" />
        <location filename="../../gui/export_wizard.py" line="135" />
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="129" />
        <source>Model name</source>
        <translation>模型名稱</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="132" />
        <source>Python with torch and FunASR</source>
        <translation>裝有 torch 與 FunASR 的 Python</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="140" />
        <source>Python interpreter</source>
        <translation>Python 直譯器</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../gui/qt_gaps.py" line="20" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qt_gaps.py" line="18" />
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/qt_gaps.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
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
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../gui/recent_files.py" line="39" />
        <source>Recent files</source>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <location filename="../../gui/recent_files.py" line="52" />
        <source>No recent files</source>
        <translation>沒有最近的檔案</translation>
    </message>
    <message>
        <location filename="../../gui/recent_files.py" line="55" />
        <source>Clear recent files</source>
        <translation>清除最近的檔案</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../gui/export_wizard.py" line="182" />
        <source>Export and verify</source>
        <translation>匯出並驗證</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="188" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="191" />
        <source>Add to my models</source>
        <translation>加入我的模型</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="218" />
        <source>Loading the checkpoint</source>
        <translation>正在載入檢查點</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="219" />
        <source>Tracing the ONNX graph</source>
        <translation>正在追蹤 ONNX 計算圖</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="220" />
        <source>Quantizing to INT8</source>
        <translation>正在量化為 INT8</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="221" />
        <source>Writing the model files</source>
        <translation>正在寫入模型檔</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="222" />
        <source>Decoding the samples with sherpa-onnx</source>
        <translation>正在用 sherpa-onnx 辨識範例音訊</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="223" />
        <source>Comparing with the PyTorch checkpoint</source>
        <translation>正在與 PyTorch 檢查點比對</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="244" />
        <source>This needs a Python with torch and FunASR. Install them into it with: pip install "tingxie[train]" (torch==2.13.0, funasr, onnxruntime, sentencepiece), or choose a Python interpreter that has them.</source>
        <translation>這需要裝有 torch 與 FunASR 的 Python。請在該 Python 執行：pip install "tingxie[train]"（torch==2.13.0、funasr、onnxruntime、sentencepiece），或選擇已裝好這些套件的 Python 直譯器。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="255" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="259" />
        <source>Exported and verified.</source>
        <translation>已匯出並通過驗證。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="318" />
        <source>{0} (%v of %m)</source>
        <translation>{0}（第 %v／%m 步）</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="336" />
        <source>Could not start {0}: {1}</source>
        <translation>無法啟動 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="341" />
        <source>Verification failed for {0}; the log above says why.</source>
        <translation>{0} 未通過驗證，原因請見上方紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="343" />
        <source>Failed: {0}</source>
        <translation>失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="345" />
        <source>Stopped (exit code {0}); the log above says why.</source>
        <translation>已停止（結束碼 {0}），原因請見上方紀錄。</translation>
    </message>
    <message>
        <location filename="../../gui/export_wizard.py" line="347" />
        <source>{0} ended without reporting that it succeeded; the log above says what it did.</source>
        <translation>{0} 已結束，但沒有回報成功；執行經過請見上方紀錄。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="44" />
        <source>自動 Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="44" />
        <source>中文 Mandarin</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="45" />
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="45" />
        <source>粵語 Cantonese</source>
        <translation>粵語</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="49" />
        <source>不轉換 None</source>
        <translation>不轉換</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="49" />
        <source>繁體 s2tw</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50" />
        <source>繁體＋台灣用語 s2twp</source>
        <translation>繁體＋台灣用語</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="52" />
        <source>INT8 (faster)</source>
        <translation>INT8（較快）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="58" />
        <source>Hold to talk</source>
        <translation>按住說話</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="59" />
        <source>Press to start, press again to stop</source>
        <translation>按一下開始，再按一下停止</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="62" />
        <source>Paste (Ctrl+V), then restore the clipboard</source>
        <translation>貼上（Ctrl+V），之後還原剪貼簿</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="63" />
        <source>Paste with Shift+Insert (terminals)</source>
        <translation>以 Shift+Insert 貼上（終端機）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="64" />
        <source>Type the characters</source>
        <translation>逐字輸入</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="67" />
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="68" />
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="69" />
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="70" />
        <source>Don't keep</source>
        <translation>不保留</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="84" />
        <source>Punctuation and number formatting (ITN)</source>
        <translation>加上標點並轉換數字格式（ITN）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="87" />
        <source>Full-width Chinese punctuation</source>
        <translation>使用全形中文標點</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="98" />
        <source>Write SRT and TXT beside each source file automatically</source>
        <translation>自動在原始檔旁寫出 SRT 與 TXT</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="100" />
        <source>Dictate into any application with a global key</source>
        <translation>用全域按鍵在任何應用程式中聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="109" />
        <source>Choose a key, or write a combination as &lt;ctrl&gt;+&lt;alt&gt;+h.</source>
        <translation>選擇一個按鍵，或寫出組合鍵，例如 &lt;ctrl&gt;+&lt;alt&gt;+h。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="112" />
        <source>Drop the final 。 of a short phrase</source>
        <translation>短句省略句尾的「。」</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="114" />
        <source>Add a space after the text</source>
        <translation>在文字後加一個空格</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="116" />
        <source>Closing the window keeps Tingxie in the tray</source>
        <translation>關閉視窗後讓聽寫留在系統匣</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="123" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="125" />
        <source>Chinese conversion</source>
        <translation>中文轉換</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="127" />
        <location filename="../../gui/settings_dialog.py" line="205" />
        <source>Replacement rules</source>
        <translation>取代規則</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="128" />
        <source>Threads</source>
        <translation>執行緒數</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="129" />
        <source>Model precision</source>
        <translation>模型精度</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="130" />
        <source>Speaker labels</source>
        <translation>標示說話者</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="131" />
        <location filename="../../gui/settings_dialog.py" line="210" />
        <source>Export folder</source>
        <translation>匯出資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="133" />
        <source>Push-to-talk key</source>
        <translation>按住說話鍵</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="137" />
        <source>Dictation key</source>
        <translation>聽寫鍵</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="139" />
        <source>Key acts as</source>
        <translation>按鍵方式</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="140" />
        <source>Insert text by</source>
        <translation>插入文字的方式</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="144" />
        <source>Keep dictations</source>
        <translation>保留聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="180" />
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="182" />
        <source>Automatic (find how many)</source>
        <translation>自動（判斷人數）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="184" />
        <source>{0} speakers</source>
        <translation>{0} 位說話者</translation>
    </message>
</context>
<context>
    <name>SpeakerColumn</name>
    <message>
        <location filename="../../gui/speaker_column.py" line="18" />
        <source>Speaker {0}</source>
        <translation>說話者 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/speaker_column.py" line="24" />
        <source>Double-click to rename this speaker everywhere in the transcript</source>
        <translation>按兩下即可在整份逐字稿中重新命名這位說話者</translation>
    </message>
    <message>
        <location filename="../../gui/speaker_column.py" line="36" />
        <source>Name for {0} in the whole transcript:</source>
        <translation>整份逐字稿中「{0}」的名稱：</translation>
    </message>
    <message>
        <location filename="../../gui/speaker_column.py" line="38" />
        <source>Rename speaker</source>
        <translation>重新命名說話者</translation>
    </message>
</context>
<context>
    <name>SubtitleSettings</name>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="12" />
        <source>Standard (punctuation kept)</source>
        <translation>標準（保留標點）</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="13" />
        <source>Taiwan broadcast (，and 。 as spaces)</source>
        <translation>台灣電視（，與 。 改為空格）</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="20" />
        <source>Subtitles (SRT, VTT)</source>
        <translation>字幕（SRT、VTT）</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="35" />
        <source>Style</source>
        <translation>樣式</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="36" />
        <source>Characters per line</source>
        <translation>每行字數</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="37" />
        <source>Lines per subtitle</source>
        <translation>每則字幕行數</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="38" />
        <source>Shortest subtitle (s)</source>
        <translation>字幕最短秒數</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="39" />
        <source>Longest subtitle (s)</source>
        <translation>字幕最長秒數</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="40" />
        <source>Characters per second</source>
        <translation>每秒字數</translation>
    </message>
    <message>
        <location filename="../../gui/subtitle_settings.py" line="41" />
        <source>Gap between subtitles (s)</source>
        <translation>字幕間隔秒數</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../gui/transcript_view.py" line="209" />
        <source>No transcript yet: drop audio or video files on the window.</source>
        <translation>尚無逐字稿：把音訊或影片檔拖到視窗上。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="213" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="213" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="213" />
        <source>Speaker</source>
        <translation>說話者</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="229" />
        <source>Double-click or Enter: correct the text. Click a character: play from there. Space: play or pause.</source>
        <translation>按兩下或 Enter：修正文字。點一個字：從那裡播放。空白鍵：播放或暫停。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="242" />
        <location filename="../../gui/transcript_view.py" line="498" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="251" />
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="253" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="255" />
        <source>Split at cursor</source>
        <translation>在游標處分段</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="257" />
        <source>Merge with next</source>
        <translation>與下一段合併</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="266" />
        <source>Show original</source>
        <translation>顯示原文</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="268" />
        <source>Show the recognised text of the segments you corrected</source>
        <translation>顯示已修正段落的辨識原文</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="271" />
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="283" />
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="287" />
        <source>Replace with…</source>
        <translation>取代為…</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="288" />
        <source>Find next</source>
        <translation>找下一個</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="290" />
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="292" />
        <location filename="../../gui/transcript_view.py" line="472" />
        <source>Replace all</source>
        <translation>全部取代</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="303" />
        <location filename="../../gui/transcript_view.py" line="547" />
        <source>Export {0}</source>
        <translation>匯出 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="339" />
        <source>Click to play this part</source>
        <translation>點一下播放這一段</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="345" />
        <source>Recognised: {0}</source>
        <translation>辨識結果：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="380" />
        <source>A segment cannot be empty: merge it with the next one instead.</source>
        <translation>段落不能是空的：請改為與下一段合併。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="382" />
        <source>Edit text</source>
        <translation>編輯文字</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="389" />
        <source>Put the cursor inside the text to split it there.</source>
        <translation>請把游標放在文字中間再分段。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="392" />
        <source>Split segment</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="397" />
        <source>The last segment has no next one to merge with.</source>
        <translation>最後一段沒有下一段可以合併。</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="400" />
        <source>Merge segments</source>
        <translation>合併段落</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="426" />
        <source>Could not save the edit to the history: {0}</source>
        <translation>無法把編輯存入歷史紀錄：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="447" />
        <source>Found in segment {0}</source>
        <translation>在第 {0} 段找到</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="449" />
        <source>Not found: {0}</source>
        <translation>找不到：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="476" />
        <source>Replaced {0} times</source>
        <translation>已取代 {0} 處</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="498" />
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="516" />
        <source>Playing {0}–{1}</source>
        <translation>播放 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../gui/transcript_view.py" line="208" />
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
        <location filename="../../gui/tray.py" line="56" />
        <location filename="../../gui/tray.py" line="89" />
        <source>Start dictation</source>
        <translation>開始聽寫</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="60" />
        <source>Show window</source>
        <translation>顯示視窗</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="62" />
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="64" />
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../gui/tray.py" line="89" />
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
    <name>core</name>
    <message>
        <location filename="../../core/audio.py" line="68" />
        <source>{name}: the audio holds invalid samples (NaN or infinity); the file is damaged.</source>
        <translation>{name}：音訊含有無效的取樣值（NaN 或無限大），檔案已損壞。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="76" />
        <source>{name}: decoding failed part way ({reason}).</source>
        <translation>{name}：解碼到一半失敗，檔案可能不完整或已損壞。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="93" />
        <source>{path}: a link to a file that does not exist.</source>
        <translation>{path}：這個捷徑指向不存在的檔案。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="96" />
        <source>{path}: no such file.</source>
        <translation>{path}：找不到這個檔案。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="98" />
        <source>{path}: no such file (no folder {folder}).</source>
        <translation>{path}：找不到這個檔案（資料夾 {folder} 不存在）。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="103" />
        <source>{path}: a symbolic link that points back to itself ({reason}).</source>
        <translation>{path}：這個符號連結指回自己，無法開啟。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="107" />
        <source>{path}: cannot be opened ({reason}).</source>
        <translation>{path}：無法開啟。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="110" />
        <source>{path}: a folder, not a file.</source>
        <translation>{path}：這是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="113" />
        <source>{path}: a named pipe, not an audio file.</source>
        <translation>{path}：這是具名管道，不是音訊檔。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="115" />
        <source>{path}: a device, not an audio file.</source>
        <translation>{path}：這是裝置，不是音訊檔。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="116" />
        <source>{path}: a special file, not an audio file.</source>
        <translation>{path}：這是特殊檔案，不是音訊檔。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="118" />
        <source>{name}: the file is empty.</source>
        <translation>{name}：檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="125" />
        <source>{name}: its header declares a sample rate of {rate} Hz, which no recording has ({low}–{high} Hz); the file is damaged.</source>
        <translation>{name}：檔頭宣告的取樣率為 {rate} Hz，不可能是真實錄音（應在 {low}–{high} Hz 之間），檔案已損壞。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="158" />
        <source>{name}: not an audio or video file Tingxie can read ({reason}).</source>
        <translation>{name}：不是聽寫能讀取的音訊或影片檔。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="165" />
        <source>{name}: the file has no audio track.</source>
        <translation>{name}：檔案中沒有音軌。</translation>
    </message>
    <message>
        <location filename="../../core/audio.py" line="191" />
        <source>{name}: decoding failed ({reason}).</source>
        <translation>{name}：解碼失敗，檔案可能已損壞。</translation>
    </message>
    <message>
        <location filename="../../core/dictation.py" line="59" />
        <source>No audio system found ({reason}). On Debian/Ubuntu: apt-get install libportaudio2.</source>
        <translation>找不到音訊系統。Debian/Ubuntu 請執行：apt-get install libportaudio2。</translation>
    </message>
    <message>
        <location filename="../../core/dictation.py" line="80" />
        <source>Cannot list microphones ({reason}).</source>
        <translation>無法列出麥克風。</translation>
    </message>
    <message>
        <location filename="../../core/dictation.py" line="263" />
        <source>Cannot open the microphone ({reason}). Check that one is connected, chosen in the device list and not used by another program.</source>
        <translation>無法開啟麥克風。請確認麥克風已連接、已在裝置清單中選取，且沒有被其他程式占用。</translation>
    </message>
    <message>
        <location filename="../../core/dictation.py" line="311" />
        <source>Dictation stopped: {reason}</source>
        <translation>聽寫已停止，詳細原因請見「詳細資訊」。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="64" />
        <source>{url}: the server answered {code} {reason}.</source>
        <translation>{url}：伺服器回應錯誤 {code}。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="69" />
        <source>{url}: cannot connect ({reason}). Check the address and your connection.</source>
        <translation>{url}：無法連線，請檢查網址與網路連線。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="80" />
        <source>{url}: the server offers {total} bytes, but this model is {size} bytes; the address points at another file. Nothing was saved.</source>
        <translation>{url}：伺服器提供的檔案有 {total} 位元組，但這個模型應為 {size} 位元組，網址指向的是別的檔案。未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="93" />
        <source>{url}: the connection broke after {done} bytes ({reason}); try again to resume.</source>
        <translation>{url}：下載 {done} 位元組後連線中斷，再試一次即可續傳。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="103" />
        <source>Cannot write {path} ({reason}); free some space and try again to resume.</source>
        <translation>無法寫入 {path}，請釋出一些磁碟空間後再試一次以續傳。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="112" />
        <source>{url}: the connection closed after {done} of {total} bytes; try again to resume.</source>
        <translation>{url}：下載 {done} / {total} 位元組後連線關閉，再試一次即可續傳。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="118" />
        <source>{url}: the download has {done} bytes, expected {size}; it was deleted.</source>
        <translation>{url}：下載的檔案有 {done} 位元組，應為 {size} 位元組，已刪除。</translation>
    </message>
    <message>
        <location filename="../../core/download.py" line="138" />
        <source>{name} is damaged: its sha256 is {actual}, expected {expected}. The file was deleted; download it again.</source>
        <translation>{name} 已損壞：其 sha256 為 {actual}，應為 {expected}。檔案已刪除，請重新下載。</translation>
    </message>
    <message>
        <location filename="../../core/history.py" line="104" />
        <source>No transcript {entry_id} in the history.</source>
        <translation>歷史紀錄中沒有第 {entry_id} 筆逐字稿。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="68" />
        <source>re-export it with `python -m tingxie.training_tools export`</source>
        <translation>請用 `python -m tingxie.training_tools export` 重新匯出</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="70" />
        <source>add it with the metadata script sherpa-onnx has for this kind of model, or pick another model</source>
        <translation>請用 sherpa-onnx 為這類模型提供的中繼資料腳本加上，或改選其他模型</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="93" />
        <source>{path} is not one of the models in {folder}.</source>
        <translation>{path} 不是 {folder} 中的模型。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="112" />
        <location filename="../../training_tools/checkpoint.py" line="52" />
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是資料夾。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="116" />
        <source>{folder} has no SenseVoice model: it needs model.onnx or model.int8.onnx with tokens.txt (or NAME.onnx / NAME.int8.onnx with NAME-tokens.txt).</source>
        <translation>{folder} 中沒有 SenseVoice 模型：需要 model.onnx 或 model.int8.onnx 加上 tokens.txt（或 NAME.onnx／NAME.int8.onnx 加上 NAME-tokens.txt）。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="124" />
        <source>{name} has full-range QInt8 weights, which onnxruntime computes wrongly on a CPU without VNNI instructions, such as this one. Use its FP32 model.onnx, or re-export it with `--int8-type qint8-7bit`, which is as fast and right on every CPU.</source>
        <translation>{name} 使用全範圍 QInt8 權重；在沒有 VNNI 指令的 CPU（例如這台）上，onnxruntime 會算錯。請改用其 FP32 model.onnx，或以 `--int8-type qint8-7bit` 重新匯出：一樣快，且在每種 CPU 上都正確。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="132" />
        <source>The models in {folder} disagree on the vocabulary size: {sizes}.</source>
        <translation>{folder} 中各模型的詞彙表大小不一致：{sizes}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="152" />
        <source>{name} has no tokens file: {tokens} is missing.</source>
        <translation>{name} 缺少詞元檔：找不到 {tokens}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="160" />
        <source>{name}: its metadata comment {comment!r} contains {trigger!r}, which makes sherpa-onnx load it as a FunASR-{trigger} model and stop the program. Tingxie runs SenseVoice models: remove {trigger!r} from the comment, or {fix} (it never writes it).</source>
        <translation>{name}：中繼資料的 comment {comment!r} 含有 {trigger!r}，會讓 sherpa-onnx 把它當成 FunASR-{trigger} 模型載入並使程式中止。聽寫使用的是 SenseVoice 模型：請從 comment 中移除 {trigger!r}，或{fix}（匯出工具不會寫入它）。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="171" />
        <source>{name}: metadata {key} has {count} values; lfr_window_size {window} needs {needed}; {fix}.</source>
        <translation>{name}：中繼資料 {key} 有 {count} 個值，但 lfr_window_size {window} 需要 {needed} 個；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="178" />
        <source>{name}: its graph takes {width} features per frame but its metadata (lfr_window_size {window}) makes sherpa-onnx feed {needed}; {fix}.</source>
        <translation>{name}：模型圖每幀接受 {width} 個特徵，但中繼資料（lfr_window_size {window}）會讓 sherpa-onnx 送入 {needed} 個；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="188" />
        <source>{tokens} has {count} tokens but {name} expects {expected}; the tokens file belongs to another model.</source>
        <translation>{tokens} 有 {count} 個詞元，但 {name} 需要 {expected} 個；這個詞元檔屬於別的模型。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="195" />
        <source>{name}: its graph's output {output} does not fix how many tokens it scores, so it cannot be checked against {tokens}; {fix}.</source>
        <translation>{name}：模型圖的輸出 {output} 沒有固定詞元數，因此無法與 {tokens} 核對；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="201" />
        <source>{name}'s graph scores {width} tokens per frame but {tokens} has {count} (and its metadata vocab_size says {vocab_size}): sherpa-onnx would fail on the first token it cannot name. The graph and the tokens file belong to different models; {fix}.</source>
        <translation>{name} 的模型圖每幀評分 {width} 個詞元，但 {tokens} 有 {count} 個（中繼資料 vocab_size 為 {vocab_size}）：sherpa-onnx 遇到第一個無法對應的詞元就會失敗。模型圖與詞元檔屬於不同模型；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="229" />
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="232" />
        <source>{path} is empty (0 bytes): the download, copy or export that wrote it did not finish. Download or export it again.</source>
        <translation>{path} 是空的（0 位元組）：寫入它的下載、複製或匯出沒有完成。請重新下載或匯出。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="240" />
        <source>{path} cannot be read as an ONNX model: it is truncated ({reason}). The download or copy did not finish; download or copy it again.</source>
        <translation>{path} 無法當作 ONNX 模型讀取：檔案不完整。下載或複製沒有完成，請重新下載或複製。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="246" />
        <source>{path} cannot be read as an ONNX model ({reason}).</source>
        <translation>{path} 無法當作 ONNX 模型讀取。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="250" />
        <source>{path} cannot be read as an ONNX model: {reason}</source>
        <translation>{path} 無法當作 ONNX 模型讀取。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="254" />
        <source>{path} cannot be read as an ONNX model: it has no graph (a file cut short, or not a model). Download or copy it again.</source>
        <translation>{path} 無法當作 ONNX 模型讀取：其中沒有模型圖（檔案不完整，或根本不是模型）。請重新下載或複製。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="269" />
        <source>{path} is not a UTF-8 tokens file ({reason}).</source>
        <translation>{path} 不是 UTF-8 編碼的詞元檔。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="276" />
        <source>{name} line {number} is not "piece id": {line!r}.</source>
        <translation>{name} 第 {number} 行不是「詞元 編號」格式：{line!r}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="281" />
        <source>repeated</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="282" />
        <source>beyond the {count} lines</source>
        <translation>超出總行數 {count}</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="285" />
        <source>{name} line {number}: id {id} is {problem}; the ids must run from 0 to {last}, each once.</source>
        <translation>{name} 第 {number} 行：編號 {id} {problem}；編號必須從 0 到 {last}，每個各出現一次。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="306" />
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="308" />
        <source>{name} is not a SenseVoice model{kind}: its graph takes {inputs} and gives {outputs}; a SenseVoice model takes {expected} (float, then int32) and gives logits[N, T, vocab_size]. Choose a SenseVoice model folder, or export one with `python -m tingxie.training_tools export`.</source>
        <translation>{name} 不是 SenseVoice 模型{kind}：它的模型圖輸入為 {inputs}，輸出為 {outputs}；SenseVoice 模型的輸入為 {expected}（先 float，後 int32），輸出為 logits[N, T, vocab_size]。請選擇 SenseVoice 模型資料夾，或用 `python -m tingxie.training_tools export` 匯出一個。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="327" />
        <source> (it looks like a {framework} speaker-embedding model)</source>
        <translation>（看起來是 {framework} 語者嵌入模型）</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="330" />
        <source> (it looks like a speaker-segmentation model)</source>
        <translation>（看起來是語者分段模型）</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="332" />
        <source> (its metadata says model_type {model_type!r})</source>
        <translation>（中繼資料的 model_type 為 {model_type!r}）</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="346" />
        <source>{name}: metadata {key} is {value}, but the graph's prompt embedding (fed by its {input!r} input) has {rows} rows, 0 to {last}: sherpa-onnx would return no text. The metadata belongs to another model; {fix}.</source>
        <translation>{name}：中繼資料 {key} 為 {value}，但模型圖的提示嵌入（由輸入 {input!r} 提供）只有 {rows} 列（0 到 {last}）：sherpa-onnx 將辨識不出任何文字。這份中繼資料屬於別的模型；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="361" />
        <source>{label} lacks the metadata key {key!r} that sherpa-onnx needs; {fix}.</source>
        <translation>{label} 缺少 sherpa-onnx 需要的中繼資料 {key!r}；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="367" />
        <source>{label}: metadata {key} is {value!r}, not a whole number; {fix}.</source>
        <translation>{label}：中繼資料 {key} 為 {value!r}，不是整數；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="373" />
        <source>from {lowest} to {highest}</source>
        <translation>介於 {lowest} 到 {highest}</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="375" />
        <source>at least {lowest}</source>
        <translation>至少 {lowest}</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="377" />
        <source>{label}: metadata {key} is {value}, which sherpa-onnx cannot run with (it needs {allowed}; otherwise it stops the program or decodes garbage). Fix the metadata, or {fix}.</source>
        <translation>{label}：中繼資料 {key} 為 {value}，sherpa-onnx 無法使用（必須{allowed}，否則程式會中止或解出亂碼）。請修正中繼資料，或{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="388" />
        <source>{label} lacks the metadata key {key!r} (CMVN) that sherpa-onnx needs; {fix}.</source>
        <translation>{label} 缺少 sherpa-onnx 需要的中繼資料 {key!r}（CMVN）；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="395" />
        <source>{label}: metadata {key} is not a comma-separated list of finite numbers; {fix}.</source>
        <translation>{label}：中繼資料 {key} 不是以逗號分隔的有限數值清單；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="401" />
        <source>{label}: metadata {key} holds a value too large for a float; {fix}.</source>
        <translation>{label}：中繼資料 {key} 含有超出浮點數範圍的值；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="445" />
        <source>its framework is {framework!r}</source>
        <translation>其 framework 為 {framework!r}</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="446" />
        <source>it has no 'framework' metadata</source>
        <translation>缺少 framework 中繼資料</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="449" />
        <source>{name} is not a speaker-embedding model sherpa-onnx can load: {found}, and sherpa-onnx knows {known}. Add the metadata with sherpa-onnx's scripts/wespeaker/add_meta_data.py (or the 3D-Speaker / NeMo one), or pick another model.</source>
        <translation>{name} 不是 sherpa-onnx 能載入的語者嵌入模型：{found}，而 sherpa-onnx 只認得 {known}。請用 sherpa-onnx 的 scripts/wespeaker/add_meta_data.py（或 3D-Speaker／NeMo 的腳本）加上中繼資料，或改選其他模型。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="462" />
        <source>{name}: metadata window_type is {value!r}; sherpa-onnx knows {known}.</source>
        <translation>{name}：中繼資料 window_type 為 {value!r}；sherpa-onnx 只認得 {known}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="469" />
        <source>{name} lacks the metadata key 'language' that sherpa-onnx needs; {fix}.</source>
        <translation>{name} 缺少 sherpa-onnx 需要的中繼資料 'language'；{fix}。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="475" />
        <source>{name}: metadata feature_normalize_type is {value!r}; sherpa-onnx's {framework} extractor supports {supported} and stops the program on anything else.</source>
        <translation>{name}：中繼資料 feature_normalize_type 為 {value!r}；sherpa-onnx 的 {framework} 擷取器只支援 {supported}，其他值會使程式中止。</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="502" />
        <source>{name}: metadata num_classes is {value}, but {speakers} speakers with powerset_max_classes {max_classes} make {needed} classes; sherpa-onnx would write past its table. The metadata belongs to another model.</source>
        <translation>{name}：中繼資料 num_classes 為 {value}，但 {speakers} 位語者搭配 powerset_max_classes {max_classes} 應有 {needed} 類；sherpa-onnx 會寫出表格範圍。這份中繼資料屬於別的模型。</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="45" />
        <source>{name} is missing from {install} (looked for {path}). Reinstall Tingxie; from a source checkout, run `git status` to see what was removed.</source>
        <translation>{install}缺少 {name}（找過 {path}）。請重新安裝聽寫；若是原始碼目錄，請執行 `git status` 查看刪除了什麼。</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="54" />
        <source>the Tingxie application bundle at {path}</source>
        <translation>位於 {path} 的聽寫應用程式套件</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="56" />
        <source>the source checkout at {path}</source>
        <translation>位於 {path} 的原始碼目錄</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="57" />
        <source>the installed tingxie package at {path}</source>
        <translation>位於 {path} 的已安裝 tingxie 套件</translation>
    </message>
    <message>
        <location filename="../../core/recognizer.py" line="26" />
        <source>Unknown language {value!r}; choose one of {choices}.</source>
        <translation>不明的語言 {value!r}；請從 {choices} 中選擇。</translation>
    </message>
    <message>
        <location filename="../../core/recognizer.py" line="31" />
        <source>Unknown precision {value!r}; choose {choices}.</source>
        <translation>不明的模型精度 {value!r}；請選擇 {choices}。</translation>
    </message>
    <message>
        <location filename="../../core/recognizer.py" line="36" />
        <source>Threads must be a whole number from {lowest} to {highest}, not {value!r}.</source>
        <translation>執行緒數必須是 {lowest} 到 {highest} 的整數，而不是 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../core/textproc.py" line="34" />
        <source>Unknown conversion {value!r}; choose from {choices}.</source>
        <translation>不明的中文轉換 {value!r}；請從 {choices} 中選擇。</translation>
    </message>
    <message>
        <location filename="../../core/textproc.py" line="59" />
        <source>{source} line {number}: expected `wrong =&gt; right`, got {line!r}.</source>
        <translation>{source} 第 {number} 行：格式應為 `錯字 =&gt; 正字`，卻是 {line!r}。</translation>
    </message>
    <message>
        <location filename="../../core/textproc.py" line="67" />
        <source>{source} line {number}: nothing to replace before `=&gt;`.</source>
        <translation>{source} 第 {number} 行：`=&gt;` 前面沒有要取代的文字。</translation>
    </message>
    <message>
        <location filename="../../core/textproc.py" line="73" />
        <source>{source} line {number}: bad regular expression ({reason}).</source>
        <translation>{source} 第 {number} 行：正規表示式有誤。</translation>
    </message>
    <message>
        <location filename="../../core/textproc.py" line="85" />
        <source>Cannot read the replacement rules file {path}: {reason}</source>
        <translation>無法讀取取代規則檔 {path}。</translation>
    </message>
    <message>
        <location filename="../../core/vad.py" line="48" />
        <source>{name} is not a Silero VAD file sherpa-onnx can load; use one of {supported}.</source>
        <translation>{name} 不是 sherpa-onnx 能載入的 Silero VAD 檔；請使用 {supported} 其中之一。</translation>
    </message>
    <message>
        <location filename="../../core/vad.py" line="54" />
        <source>The voice-activity model {path} is missing.</source>
        <translation>找不到語音活動偵測模型 {path}。</translation>
    </message>
    <message>
        <location filename="../../core/writers.py" line="100" />
        <source>Unknown output format {value}; choose from {choices}.</source>
        <translation>不明的輸出格式 {value}；請從 {choices} 中選擇。</translation>
    </message>
    <message>
        <location filename="../../core/writers.py" line="101" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../training_tools/checkpoint.py" line="41" />
        <source>{folder} is not a complete SenseVoice checkpoint: missing {missing}. A checkpoint folder holds model.pt, config.yaml, am.mvn and the SentencePiece *.bpe.model (as FunASR's SenseVoiceSmall release does).</source>
        <translation>{folder} 不是完整的 SenseVoice 檢查點：缺少 {missing}。檢查點資料夾應有 model.pt、config.yaml、am.mvn 與 SentencePiece *.bpe.model（和 FunASR 的 SenseVoiceSmall 發行版相同）。</translation>
    </message>
    <message>
        <location filename="../../training_tools/checkpoint.py" line="77" />
        <source>{path} is not valid JSON ({reason}); fix or remove it.</source>
        <translation>{path} 不是有效的 JSON，請修正或移除它。</translation>
    </message>
    <message>
        <location filename="../../core/about.py" line="23" />
        <source>3D-Speaker CAM++ zh/en speaker model</source>
        <translation>3D-Speaker CAM++ 華語／英語說話者模型</translation>
    </message>
    <message>
        <location filename="../../core/about.py" line="24" />
        <source>pyannote segmentation-3.0 speaker turns</source>
        <translation>pyannote segmentation-3.0 說話者切換偵測</translation>
    </message>
    <message>
        <location filename="../../core/about.py" line="25" />
        <source>Common Voice zh-TW sentences</source>
        <translation>Common Voice 臺灣華語語句</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="54" />
        <source>The model catalog {path} is damaged ({reason}); reinstall Tingxie.</source>
        <translation>模型目錄 {path} 已損壞；請重新安裝 Tingxie。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="58" />
        <source>The model catalog {path} lists a model id twice.</source>
        <translation>模型目錄 {path} 重複列出同一個模型代號。</translation>
    </message>
    <message>
        <location filename="../../core/model_names.py" line="49" />
        <source>A model needs a name: type one.</source>
        <translation>模型需要名稱：請輸入一個。</translation>
    </message>
    <message>
        <location filename="../../core/model_names.py" line="52" />
        <source>A model name can be at most {count} characters long.</source>
        <translation>模型名稱最多 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../core/model_names.py" line="55" />
        <source>A model name cannot contain control characters.</source>
        <translation>模型名稱不能包含控制字元。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="115" />
        <source>No model '{name}': give a model folder or the id of an installed model (see `tingxie models list`).</source>
        <translation>沒有模型「{name}」：請指定模型資料夾，或已安裝模型的代號（見 `tingxie models list`）。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="125" />
        <source>'{id}' is not a usable model id: use letters, digits, '.', '_' or '-'.</source>
        <translation>「{id}」不能當模型代號：請只用英文字母、數字、「.」、「_」或「-」。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="150" />
        <source>No installed model '{id}' (bundled models cannot be renamed).</source>
        <translation>沒有已安裝的模型「{id}」（內建模型不能重新命名）。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="155" />
        <source>{folder} is not a usable model folder, so it cannot be renamed.</source>
        <translation>{folder} 不是可用的模型資料夾，所以無法重新命名。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="169" />
        <source>A model named '{name}' is already installed: choose another name.</source>
        <translation>已經安裝了名為「{name}」的模型：請換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="215" />
        <source>No installed model '{id}' (bundled models cannot be removed).</source>
        <translation>沒有已安裝的模型「{id}」（內建模型不能移除）。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="228" />
        <source>{archive} is unsafe: '{member}' would be written outside the model folder.</source>
        <translation>{archive} 不安全：「{member}」會寫到模型資料夾之外。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="234" />
        <source>{archive} is not a readable .tar archive ({reason}).</source>
        <translation>{archive} 不是可讀取的 .tar 壓縮檔。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="243" />
        <source>{url} is not a model archive: Tingxie downloads .tar.bz2 or .tar.gz files.</source>
        <translation>{url} 不是模型壓縮檔：Tingxie 只下載 .tar.bz2 或 .tar.gz 檔。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="254" />
        <source>The archive holds no .onnx model at its top or in a single folder.</source>
        <translation>壓縮檔的最上層或唯一的資料夾裡沒有 .onnx 模型。</translation>
    </message>
    <message>
        <location filename="../../core/model_store.py" line="274" />
        <source>A model with the id '{id}' is already installed; remove it first or choose another name.</source>
        <translation>代號為「{id}」的模型已經安裝；請先移除它，或換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../core/batching.py" line="29" />
        <source>Batching needs a pool, a batch size and a padded length above zero, not {value}.</source>
        <translation>批次處理需要大於零的集區、批次大小與填補長度，而不是 {value}。</translation>
    </message>
</context>
</TS>