"""Fill tingxie_zh_TW.ts with Taiwan Mandarin UI text, then compile it.

    pyside6-lupdate -no-obsolete gui/*.py core/*.py training_tools/*.py -ts assets/i18n/tingxie_zh_TW.ts
    python assets/i18n/fill_zh_TW.py                              # translations below -> .ts -> .qm

lupdate reads gui/'s self.tr()/translate() calls and the QT_TRANSLATE_NOOP("core", ...) templates
of core's errors (core/messages.py); a template's {named} fields stay as they are in the
translation (one may be left out: {reason}, a library's own words, which the app shows under
Details instead).

Translators can also edit the .ts file with Qt Linguist (pyside6-linguist) instead.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "tingxie_zh_TW.ts"

ZH_TW = {
    # speed (issue 13)
    "Batching needs a pool, a batch size and a padded length above zero, not {value}.":
        "批次處理需要大於零的集區、批次大小與填補長度，而不是 {value}。",
    "{name} has full-range QInt8 weights, which onnxruntime computes wrongly on a CPU without VNNI instructions, "
    "such as this one. Use its FP32 model.onnx, or re-export it with `--int8-type qint8-7bit`, which is as fast "
    "and right on every CPU.":
        "{name} 使用全範圍 QInt8 權重；在沒有 VNNI 指令的 CPU（例如這台）上，onnxruntime 會算錯。"
        "請改用其 FP32 model.onnx，或以 `--int8-type qint8-7bit` 重新匯出：一樣快，且在每種 CPU 上都正確。",
    # the model manager and everyday conveniences (issue 15)
    "Precisions": "精度", "Left": "左", "Right": "右", "3D-Speaker CAM++ zh/en speaker model": "3D-Speaker CAM++ 華語／英語說話者模型",
    "pyannote segmentation-3.0 speaker turns": "pyannote segmentation-3.0 說話者切換偵測",
    "The model catalog {path} is damaged ({reason}); reinstall Tingxie.": "模型目錄 {path} 已損壞；請重新安裝 Tingxie。",
    "The model catalog {path} lists a model id twice.": "模型目錄 {path} 重複列出同一個模型代號。",
    "A model needs a name: type one.": "模型需要名稱：請輸入一個。",
    "A model name can be at most {count} characters long.": "模型名稱最多 {count} 個字元。",
    "A model name cannot contain control characters.": "模型名稱不能包含控制字元。",
    "No model '{name}': give a model folder or the id of an installed model (see `tingxie models list`).":
        "沒有模型「{name}」：請指定模型資料夾，或已安裝模型的代號（見 `tingxie models list`）。",
    "'{id}' is not a usable model id: use letters, digits, '.', '_' or '-'.":
        "「{id}」不能當模型代號：請只用英文字母、數字、「.」、「_」或「-」。",
    "No installed model '{id}' (bundled models cannot be renamed).": "沒有已安裝的模型「{id}」（內建模型不能重新命名）。",
    "{folder} is not a usable model folder, so it cannot be renamed.": "{folder} 不是可用的模型資料夾，所以無法重新命名。",
    "A model named '{name}' is already installed: choose another name.": "已經安裝了名為「{name}」的模型：請換一個名稱。",
    "No installed model '{id}' (bundled models cannot be removed).": "沒有已安裝的模型「{id}」（內建模型不能移除）。",
    "{archive} is unsafe: '{member}' would be written outside the model folder.": "{archive} 不安全：「{member}」會寫到模型資料夾之外。",
    "{archive} is not a readable .tar archive ({reason}).": "{archive} 不是可讀取的 .tar 壓縮檔。",
    "{url} is not a model archive: Tingxie downloads .tar.bz2 or .tar.gz files.": "{url} 不是模型壓縮檔：Tingxie 只下載 .tar.bz2 或 .tar.gz 檔。",
    "The archive holds no .onnx model at its top or in a single folder.": "壓縮檔的最上層或唯一的資料夾裡沒有 .onnx 模型。",
    "A model with the id '{id}' is already installed; remove it first or choose another name.":
        "代號為「{id}」的模型已經安裝；請先移除它，或換一個名稱。",
    "Drop files or folders to transcribe them": "放開滑鼠，轉寫這些檔案或資料夾", "Open output folder": "開啟輸出資料夾",
    "Export transcript…": "匯出逐字稿…", "&Edit": "編輯(&E)", "Find…": "尋找…",
    "Transcribed: {0}. Failed: {1}.": "已轉寫：{0} 個；失敗：{1} 個。", "Tingxie: the queue is done": "Tingxie：佇列已完成",
    "Recent files": "最近的檔案", "No recent files": "沒有最近的檔案", "Clear recent files": "清除最近的檔案",
    "Use": "使用", "Rename…": "重新命名…", "Show folder": "顯示資料夾", "Bundled with Tingxie": "Tingxie 內建",
    "Downloaded from the catalog": "從模型目錄下載", "Downloaded from an address": "從網址下載",
    "Imported folder": "匯入的資料夾", "Exported by the Export wizard": "由匯出精靈匯出", "Catalog": "模型目錄",
    "Size": "大小", "{0} on disk": "佔用 {0}", "size unknown": "大小不明", "{0} download": "下載 {0}",
    "{0}, {1} on disk": "{0}，安裝後佔用 {1}", "Installed": "已安裝", "{0}, {1}/s": "{0}，{1}/秒",
    "Remove model": "移除模型", "Remove “{0}” and delete its folder ({1})?": "要移除「{0}」並刪除它的資料夾（{1}）嗎？",
    "Rename model": "重新命名模型", "New name:": "新名稱：", "Name of the model:": "模型名稱：",
    # transcript workbench and subtitle settings
    "Standard (punctuation kept)": "標準（保留標點）", "Taiwan broadcast (，and 。 as spaces)": "台灣電視（，與 。 改為空格）",
    "Subtitles (SRT, VTT)": "字幕（SRT、VTT）", "Style": "樣式", "Characters per line": "每行字數",
    "Lines per subtitle": "每則字幕行數", "Shortest subtitle (s)": "字幕最短秒數", "Longest subtitle (s)": "字幕最長秒數",
    "Characters per second": "每秒字數", "Gap between subtitles (s)": "字幕間隔秒數",
    "Double-click or Enter: correct the text. Click a character: play from there. Space: play or pause.":
        "按兩下或 Enter：修正文字。點一個字：從那裡播放。空白鍵：播放或暫停。",
    "Play": "播放", "Pause": "暫停", "Undo": "復原", "Redo": "重做", "Split at cursor": "在游標處分段",
    "Merge with next": "與下一段合併", "Show original": "顯示原文",
    "Show the recognised text of the segments you corrected": "顯示已修正段落的辨識原文", "Speed": "速度",
    "Replace with…": "取代為…", "Find next": "找下一個", "Replace": "取代", "Replace all": "全部取代",
    "Recognised: {0}": "辨識結果：{0}", "A segment cannot be empty: merge it with the next one instead.": "段落不能是空的：請改為與下一段合併。",
    "Edit text": "編輯文字", "Put the cursor inside the text to split it there.": "請把游標放在文字中間再分段。",
    "Split segment": "分段", "The last segment has no next one to merge with.": "最後一段沒有下一段可以合併。",
    "Merge segments": "合併段落", "Could not save the edit to the history: {0}": "無法把編輯存入歷史紀錄：{0}",
    "Found in segment {0}": "在第 {0} 段找到", "Not found: {0}": "找不到：{0}", "Replaced {0} times": "已取代 {0} 處",
    "&File": "檔案(&F)", "&Help": "說明(&H)", "&Tools": "工具(&T)",
    "Add a folder": "加入資料夾", "Add audio or video files": "加入音訊或影片檔",
    "Add files…": "加入檔案…", "Add folder…": "加入資料夾…",
    "Address of the model archive (.tar.bz2):": "模型壓縮檔（.tar.bz2）的網址：",
    "Bundled": "內建", "Cancel": "取消", "Cancel all": "全部取消", "Cancel selected": "取消所選",
    "Cancelled": "已取消", "Cancelled (Download resumes)": "已取消（再按下載可續傳）",
    "Chinese conversion": "中文轉換", "Connecting…": "連線中…", "Copy all": "全部複製",
    "Copy details": "複製詳細資訊", "Copy each sentence to the clipboard": "每句自動複製到剪貼簿",
    "Could not save to the history: {0}": "無法存入歷史紀錄：{0}",
    "Could not write beside {0}: {1}": "無法在 {0} 旁寫入檔案：{1}",
    "Dictation": "聽寫", "Done": "完成", "Download": "下載", "Download from URL…": "從網址下載…",
    "Drop audio or video files or folders anywhere on this window.": "把音訊、影片檔或資料夾拖到視窗任何地方即可轉寫。",
    "Duration": "長度", "Export folder": "匯出資料夾", "Export {0}": "匯出 {0}", "Failed": "失敗",
    "Failed (try again to resume)": "失敗（再試一次可續傳）", "File": "檔案", "Files": "檔案轉寫",
    "Full-width Chinese punctuation": "使用全形中文標點", "History": "歷史紀錄",
    "Import a model folder": "匯入模型資料夾", "Import folder…": "匯入資料夾…",
    "Installed, {0:.0f} MB": "已安裝，{0:.0f} MB", "Kind": "類型", "Language": "語言",
    "Listening… recording to {0}": "聆聽中…錄音存於 {0}", "Microphone": "麥克風", "Model": "模型",
    "Model manager": "模型管理", "Model manager…": "模型管理…", "Model precision": "模型精度",
    "No audio or video files in what was dropped.": "拖入的項目中沒有音訊或影片檔。",
    "No microphone found.": "找不到麥克風。",
    "No model is installed. Open the model manager to get one.": "尚未安裝模型，請開啟模型管理下載或匯入。",
    "No transcript yet: drop audio or video files on the window.": "尚無逐字稿：把音訊或影片檔拖到視窗上。",
    "Not installed": "未安裝", "Open log folder": "開啟紀錄檔資料夾",
    "Press Start, or hold Space here, and speak. Each sentence appears when you pause.": "按「開始聽寫」或在此按住空白鍵說話，每句話停頓後就會出現。",
    "Progress": "進度", "Punctuation and number formatting (ITN)": "加上標點並轉換數字格式（ITN）",
    "Quit": "結束", "Remove": "移除", "Replacement rules": "取代規則", "Saved {0}": "已儲存 {0}",
    "Search transcripts…": "搜尋逐字稿…", "Settings": "設定", "Settings…": "設定…", "Source": "來源",
    "Start dictation": "開始聽寫", "State": "狀態", "Stop": "停止",
    "Stopped. Recording kept at {0}": "已停止，錄音保存在 {0}", "Text": "文字", "Threads": "執行緒數",
    "Time": "時間", "Tingxie": "聽寫 Tingxie", "Tingxie 聽寫": "聽寫 Tingxie", "Transcribing": "轉寫中",
    "Waiting": "等待中", "When": "時間",
    "Write SRT and TXT beside each source file automatically": "自動在原始檔旁寫出 SRT 與 TXT",
    "Interface language": "介面語言", "Restart Tingxie to see the new language.": "重新啟動聽寫後即套用新的介面語言。",
    "&View": "檢視(&V)",
    "Welcome to Tingxie. Only the demo model is installed, and it knows just its own 100 sentences. Get a real SenseVoice model to transcribe your own speech.":
        "歡迎使用聽寫！目前只裝了示範模型，它只認得自己的 100 個句子。請取得正式的 SenseVoice 模型來轉寫你自己的語音。",
    "Download the recommended model": "下載推薦模型",
    "Import a model folder…": "匯入模型資料夾…",
    "Try the demo model": "先試用示範模型",
    "Playing {0}–{1}": "播放 {0}–{1}",
    "Cannot play audio: {0}": "無法播放音訊：{0}",
    "Click to play this part": "點一下播放這一段",
    "Push-to-talk key": "按住說話鍵",
    "Checkpoint": "訓練檢查點",
    "The FunASR checkpoint folder: model.pt, config.yaml, am.mvn and the *.bpe.model.": "FunASR 檢查點資料夾：model.pt、config.yaml、am.mvn 與 *.bpe.model。",
    "Folder": "資料夾", "Checkpoint folder": "檢查點資料夾", "All files found.": "檔案齊全。",
    "Export wizard": "匯出精靈", "Export wizard…": "匯出精靈…", "Added to your models: {0}": "已加入你的模型：{0}",
    "Output": "輸出", "INT8 (smaller, faster)": "INT8（較小、較快）", "Output folder": "輸出資料夾",
    "Model name": "模型名稱", "Python with torch and FunASR": "裝有 torch 與 FunASR 的 Python",
    "Python interpreter": "Python 直譯器", "Export and verify": "匯出並驗證", "Add to my models": "加入我的模型",
    "Exported and verified.": "已匯出並通過驗證。",
    "Stopped (exit code {0}); the log above says why.": "已停止（結束碼 {0}），原因請見上方紀錄。",
    "Loading the checkpoint": "正在載入檢查點", "Tracing the ONNX graph": "正在追蹤 ONNX 計算圖",
    "Quantizing to INT8": "正在量化為 INT8", "Writing the model files": "正在寫入模型檔",
    "Decoding the samples with sherpa-onnx": "正在用 sherpa-onnx 辨識範例音訊",
    "Comparing with the PyTorch checkpoint": "正在與 PyTorch 檢查點比對",
    "{0} (%v of %m)": "{0}（第 %v／%m 步）", "Cancelled.": "已取消。", "Failed: {0}": "失敗：{0}",
    "Verification failed for {0}; the log above says why.": "{0} 未通過驗證，原因請見上方紀錄。",
    "{0} ended without reporting that it succeeded; the log above says what it did.":
        "{0} 已結束，但沒有回報成功；執行經過請見上方紀錄。",
    "Could not start {0}: {1}": "無法啟動 {0}：{1}",
    "Press Start, or hold the push-to-talk key (Space unless changed in Settings) here, and speak. Each sentence appears when you pause.":
        "按「開始聽寫」，或在此按住說話鍵（預設為空白鍵，可在設定中更改）說話，每句話停頓後就會出現。",
    "{0} cannot be run ({1}).": "無法執行 {0}（{1}）。", "{0} lacks {1}.": "{0} 缺少 {1}。",
    "Choose the folder of a FunASR SenseVoiceSmall checkpoint.": "請選擇 FunASR SenseVoiceSmall 檢查點的資料夾。",
    "Missing: {0}": "缺少：{0}",
    "Your settings file could not be read, so Tingxie started with its default settings. The damaged file was kept as {0}.":
        "無法讀取你的設定檔，聽寫已改用預設設定啟動。損壞的檔案保留為 {0}。",
    "The history database could not be read, so a new one was started. The damaged file was kept as {0}.":
        "無法讀取歷史紀錄資料庫，已建立新的資料庫。損壞的檔案保留為 {0}。",
    "{0} dictation recordings from an earlier session were never transcribed (Tingxie was closed while you spoke). Transcribe them now?":
        "先前有 {0} 段聽寫錄音尚未轉寫（聽寫在你說話時被關閉）。要現在轉寫嗎？",
    "Transcribe": "轉寫", "Not now": "稍後再說",
    "Reason": "原因", "{0} of {1} files failed.": "{1} 個檔案中有 {0} 個失敗。", "Retry failed": "重試失敗的檔案",
    "INT8 (faster)": "INT8（較快）", "recommended": "推薦",
    "Speaker": "說話者", "Speaker {0}": "說話者 {0}", "Speaker labels": "標示說話者", "Off": "關閉",
    "Automatic (find how many)": "自動（判斷人數）", "{0} speakers": "{0} 位說話者", "Rename speaker": "重新命名說話者",
    "Name for {0} in the whole transcript:": "整份逐字稿中「{0}」的名稱：",
    "Double-click to rename this speaker everywhere in the transcript": "按兩下即可在整份逐字稿中重新命名這位說話者",
    "About Tingxie": "關於聽寫", "Version": "版本", "Model in use": "使用中的模型", "none": "無",
    "Offline speech to text for Taiwanese Mandarin.": "離線的臺灣華語語音轉文字工具。", "Licences": "授權條款",
    "PySide6 {0} on Python {1} makes Tingxie crash after some dozens of files. Install a PySide6 below 6.12 (pip install \"PySide6-Essentials<6.12\") or use Python 3.12 or newer.":
        "PySide6 {0} 搭配 Python {1} 會讓聽寫在處理數十個檔案後當掉。請安裝 6.12 以前的 PySide6（pip install \"PySide6-Essentials<6.12\"），或改用 Python 3.12 以上版本。",
    "This needs a Python with torch and FunASR. Install them into it with: pip install \"tingxie[train]\" (torch==2.13.0, funasr, onnxruntime, sentencepiece), or choose a Python interpreter that has them.":
        "這需要裝有 torch 與 FunASR 的 Python。請在該 Python 執行：pip install \"tingxie[train]\"（torch==2.13.0、funasr、onnxruntime、sentencepiece），或選擇已裝好這些套件的 Python 直譯器。",
    # global dictation, tray, history delete (issue 12)
    "Stopped. Saving…": "已停止，儲存中…",
    "Stopped. No speech was heard, so nothing was saved.": "已停止。沒有聽到說話，所以沒有儲存任何內容。",
    "Dictation into other applications is off (Settings).": "在其他應用程式中聽寫的功能已關閉（可在設定中開啟）。",
    "Press {0} in any application to start dictating, and again to stop.": "在任何應用程式中按一下 {0} 開始聽寫，再按一下停止。",
    "Hold {0} in any application and speak; the text appears where the cursor is.": "在任何應用程式中按住 {0} 說話，文字會出現在游標所在的位置。",
    "This is a Wayland session, where applications may not watch global keys or type into other windows. Dictate in this tab instead: each sentence is copied to the clipboard for you to paste.":
        "目前是 Wayland 工作階段，應用程式無法偵測全域按鍵，也無法在其他視窗中輸入。請改在這個分頁聽寫：每句話都會複製到剪貼簿，讓你自行貼上。",
    "No X display was found, so the global dictation key is not available. Dictate in this tab.": "找不到 X 顯示伺服器，無法使用全域聽寫鍵。請在這個分頁聽寫。",
    "macOS has not allowed Tingxie to watch the dictation key and type. Open System Settings > Privacy & Security, turn Tingxie on under Accessibility and Input Monitoring, then restart Tingxie.":
        "macOS 尚未允許聽寫偵測聽寫鍵並輸入文字。請開啟「系統設定」>「隱私權與安全性」，在「輔助使用」與「輸入監控」中開啟聽寫，然後重新啟動聽寫。",
    "The pynput package is missing, so the global dictation key is not available: pip install pynput.": "缺少 pynput 套件，無法使用全域聽寫鍵：請執行 pip install pynput。",
    "Delete": "刪除", "Clear history…": "清除歷史紀錄…", "Clear history": "清除歷史紀錄", "Delete all": "全部刪除",
    "Delete every transcript in the history, and the recordings kept for dictations? Transcript files you exported and your own audio files are not touched.":
        "要刪除歷史紀錄中的所有逐字稿，以及為聽寫保留的錄音嗎？你匯出的逐字稿檔案與你自己的音訊檔不會受到影響。",
    "Dictation key: {0}": "聽寫鍵：{0}", "Dictated: {0}": "已聽寫：{0}",
    "Not saved: Settings keep no dictations.": "未儲存：設定為不保留聽寫。",
    "Not saved to the history; the recording stays at {0}.": "未存入歷史紀錄；錄音保留在 {0}。",
    "Saved to History with its recording.": "已連同錄音存入歷史紀錄。",
    "Tingxie keeps running in the tray. Quit it from the tray menu.": "聽寫會繼續在系統匣中執行，可從系統匣選單結束。",
    "Hold to talk": "按住說話", "Press to start, press again to stop": "按一下開始，再按一下停止",
    "Paste (Ctrl+V), then restore the clipboard": "貼上（Ctrl+V），之後還原剪貼簿",
    "Paste with Shift+Insert (terminals)": "以 Shift+Insert 貼上（終端機）", "Type the characters": "逐字輸入",
    "7 days": "7 天", "30 days": "30 天", "Forever": "永久", "Don't keep": "不保留",
    "Dictate into any application with a global key": "用全域按鍵在任何應用程式中聽寫",
    "Choose a key, or write a combination as <ctrl>+<alt>+h.": "選擇一個按鍵，或寫出組合鍵，例如 <ctrl>+<alt>+h。",
    "Drop the final 。 of a short phrase": "短句省略句尾的「。」", "Add a space after the text": "在文字後加一個空格",
    "Closing the window keeps Tingxie in the tray": "關閉視窗後讓聽寫留在系統匣",
    "Dictation key": "聽寫鍵", "Key acts as": "按鍵方式", "Insert text by": "插入文字的方式", "Keep dictations": "保留聽寫",
    "Tingxie: ready": "聽寫：就緒", "Tingxie: listening…": "聽寫：聆聽中…", "Tingxie: recognising…": "聽寫：辨識中…",
    "Show window": "顯示視窗", "Stop dictation": "停止聽寫",
}

# core's messages (core/messages.py): the same {named} fields; {reason} may be left out, the
# dialog shows it under Details.
ZH_TW |= {
    "{0}: unexpected error ({1}: {2})": "{0}：發生未預期的錯誤（{1}：{2}）",
    # core/audio.py
    "{name}: the audio holds invalid samples (NaN or infinity); the file is damaged.":
        "{name}：音訊含有無效的取樣值（NaN 或無限大），檔案已損壞。",
    "{name}: decoding failed part way ({reason}).": "{name}：解碼到一半失敗，檔案可能不完整或已損壞。",
    "{path}: a link to a file that does not exist.": "{path}：這個捷徑指向不存在的檔案。",
    "{path}: no such file.": "{path}：找不到這個檔案。",
    "{path}: no such file (no folder {folder}).": "{path}：找不到這個檔案（資料夾 {folder} 不存在）。",
    "{path}: a symbolic link that points back to itself ({reason}).": "{path}：這個符號連結指回自己，無法開啟。",
    "{path}: cannot be opened ({reason}).": "{path}：無法開啟。",
    "{path}: a folder, not a file.": "{path}：這是資料夾，不是檔案。",
    "{path}: a named pipe, not an audio file.": "{path}：這是具名管道，不是音訊檔。",
    "{path}: a device, not an audio file.": "{path}：這是裝置，不是音訊檔。",
    "{path}: a special file, not an audio file.": "{path}：這是特殊檔案，不是音訊檔。",
    "{name}: the file is empty.": "{name}：檔案是空的。",
    "{name}: its header declares a sample rate of {rate} Hz, which no recording has ({low}–{high} Hz); the file is damaged.":
        "{name}：檔頭宣告的取樣率為 {rate} Hz，不可能是真實錄音（應在 {low}–{high} Hz 之間），檔案已損壞。",
    "{name}: not an audio or video file Tingxie can read ({reason}).": "{name}：不是聽寫能讀取的音訊或影片檔。",
    "{name}: the file has no audio track.": "{name}：檔案中沒有音軌。",
    "{name}: decoding failed ({reason}).": "{name}：解碼失敗，檔案可能已損壞。",
    "Common Voice zh-TW sentences": "Common Voice 臺灣華語語句",
    # gui/settings_dialog.py: both names in English, 中文 alone here
    "自動 Auto": "自動", "中文 Mandarin": "中文", "English": "英語", "粵語 Cantonese": "粵語",
    "不轉換 None": "不轉換", "繁體 s2tw": "繁體", "繁體＋台灣用語 s2twp": "繁體＋台灣用語",
    # gui/qt_gaps.py: Qt's own strings that qtbase_zh_TW.qm lacks
    "&Look in:": "尋找於(&L)：", "Files of &type:": "檔案類型(&T)：", "Folder": "資料夾",
    # core/dictation.py
    "No audio system found ({reason}). On Debian/Ubuntu: apt-get install libportaudio2.":
        "找不到音訊系統。Debian/Ubuntu 請執行：apt-get install libportaudio2。",
    "Cannot list microphones ({reason}).": "無法列出麥克風。",
    "Cannot open the microphone ({reason}). Check that one is connected, chosen in the device list and not used by another program.":
        "無法開啟麥克風。請確認麥克風已連接、已在裝置清單中選取，且沒有被其他程式占用。",
    "Dictation stopped: {reason}": "聽寫已停止，詳細原因請見「詳細資訊」。",
    # core/download.py
    "{url}: the server answered {code} {reason}.": "{url}：伺服器回應錯誤 {code}。",
    "{url}: cannot connect ({reason}). Check the address and your connection.": "{url}：無法連線，請檢查網址與網路連線。",
    "{url}: the server offers {total} bytes, but this model is {size} bytes; the address points at another file. Nothing was saved.":
        "{url}：伺服器提供的檔案有 {total} 位元組，但這個模型應為 {size} 位元組，網址指向的是別的檔案。未儲存任何內容。",
    "{url}: the connection broke after {done} bytes ({reason}); try again to resume.":
        "{url}：下載 {done} 位元組後連線中斷，再試一次即可續傳。",
    "Cannot write {path} ({reason}); free some space and try again to resume.":
        "無法寫入 {path}，請釋出一些磁碟空間後再試一次以續傳。",
    "{url}: the connection closed after {done} of {total} bytes; try again to resume.":
        "{url}：下載 {done} / {total} 位元組後連線關閉，再試一次即可續傳。",
    "{url}: the download has {done} bytes, expected {size}; it was deleted.":
        "{url}：下載的檔案有 {done} 位元組，應為 {size} 位元組，已刪除。",
    "{name} is damaged: its sha256 is {actual}, expected {expected}. The file was deleted; download it again.":
        "{name} 已損壞：其 sha256 為 {actual}，應為 {expected}。檔案已刪除，請重新下載。",
    # core/history.py, core/paths.py
    "No transcript {entry_id} in the history.": "歷史紀錄中沒有第 {entry_id} 筆逐字稿。",
    "{name} is missing from {install} (looked for {path}). Reinstall Tingxie; from a source checkout, run `git status` to see what was removed.":
        "{install}缺少 {name}（找過 {path}）。請重新安裝聽寫；若是原始碼目錄，請執行 `git status` 查看刪除了什麼。",
    "the Tingxie application bundle at {path}": "位於 {path} 的聽寫應用程式套件",
    "the source checkout at {path}": "位於 {path} 的原始碼目錄",
    "the installed tingxie package at {path}": "位於 {path} 的已安裝 tingxie 套件",
    # core/models.py
    "re-export it with `python -m tingxie.training_tools export`": "請用 `python -m tingxie.training_tools export` 重新匯出",
    "add it with the metadata script sherpa-onnx has for this kind of model, or pick another model":
        "請用 sherpa-onnx 為這類模型提供的中繼資料腳本加上，或改選其他模型",
    "{path} is not one of the models in {folder}.": "{path} 不是 {folder} 中的模型。",
    "{folder} is not a folder.": "{folder} 不是資料夾。",
    "{folder} has no SenseVoice model: it needs model.onnx or model.int8.onnx with tokens.txt (or NAME.onnx / NAME.int8.onnx with NAME-tokens.txt).":
        "{folder} 中沒有 SenseVoice 模型：需要 model.onnx 或 model.int8.onnx 加上 tokens.txt（或 NAME.onnx／NAME.int8.onnx 加上 NAME-tokens.txt）。",
    "The models in {folder} disagree on the vocabulary size: {sizes}.": "{folder} 中各模型的詞彙表大小不一致：{sizes}。",
    "{name} has no tokens file: {tokens} is missing.": "{name} 缺少詞元檔：找不到 {tokens}。",
    "{name}: its metadata comment {comment!r} contains {trigger!r}, which makes sherpa-onnx load it as a FunASR-{trigger} model and stop the program. Tingxie runs SenseVoice models: remove {trigger!r} from the comment, or {fix} (it never writes it).":
        "{name}：中繼資料的 comment {comment!r} 含有 {trigger!r}，會讓 sherpa-onnx 把它當成 FunASR-{trigger} 模型載入並使程式中止。聽寫使用的是 SenseVoice 模型：請從 comment 中移除 {trigger!r}，或{fix}（匯出工具不會寫入它）。",
    "{name}: metadata {key} has {count} values; lfr_window_size {window} needs {needed}; {fix}.":
        "{name}：中繼資料 {key} 有 {count} 個值，但 lfr_window_size {window} 需要 {needed} 個；{fix}。",
    "{name}: its graph takes {width} features per frame but its metadata (lfr_window_size {window}) makes sherpa-onnx feed {needed}; {fix}.":
        "{name}：模型圖每幀接受 {width} 個特徵，但中繼資料（lfr_window_size {window}）會讓 sherpa-onnx 送入 {needed} 個；{fix}。",
    "{tokens} has {count} tokens but {name} expects {expected}; the tokens file belongs to another model.":
        "{tokens} 有 {count} 個詞元，但 {name} 需要 {expected} 個；這個詞元檔屬於別的模型。",
    "{name}: its graph's output {output} does not fix how many tokens it scores, so it cannot be checked against {tokens}; {fix}.":
        "{name}：模型圖的輸出 {output} 沒有固定詞元數，因此無法與 {tokens} 核對；{fix}。",
    "{name}'s graph scores {width} tokens per frame but {tokens} has {count} (and its metadata vocab_size says {vocab_size}): sherpa-onnx would fail on the first token it cannot name. The graph and the tokens file belong to different models; {fix}.":
        "{name} 的模型圖每幀評分 {width} 個詞元，但 {tokens} 有 {count} 個（中繼資料 vocab_size 為 {vocab_size}）：sherpa-onnx 遇到第一個無法對應的詞元就會失敗。模型圖與詞元檔屬於不同模型；{fix}。",
    "{path} does not exist.": "{path} 不存在。",
    "{path} is empty (0 bytes): the download, copy or export that wrote it did not finish. Download or export it again.":
        "{path} 是空的（0 位元組）：寫入它的下載、複製或匯出沒有完成。請重新下載或匯出。",
    "{path} cannot be read as an ONNX model: it is truncated ({reason}). The download or copy did not finish; download or copy it again.":
        "{path} 無法當作 ONNX 模型讀取：檔案不完整。下載或複製沒有完成，請重新下載或複製。",
    "{path} cannot be read as an ONNX model ({reason}).": "{path} 無法當作 ONNX 模型讀取。",
    "{path} cannot be read as an ONNX model: {reason}": "{path} 無法當作 ONNX 模型讀取。",
    "{path} cannot be read as an ONNX model: it has no graph (a file cut short, or not a model). Download or copy it again.":
        "{path} 無法當作 ONNX 模型讀取：其中沒有模型圖（檔案不完整，或根本不是模型）。請重新下載或複製。",
    "{path} is not a UTF-8 tokens file ({reason}).": "{path} 不是 UTF-8 編碼的詞元檔。",
    "{name} line {number} is not \"piece id\": {line!r}.": "{name} 第 {number} 行不是「詞元 編號」格式：{line!r}。",
    "repeated": "重複",
    "beyond the {count} lines": "超出總行數 {count}",
    "{name} line {number}: id {id} is {problem}; the ids must run from 0 to {last}, each once.":
        "{name} 第 {number} 行：編號 {id} {problem}；編號必須從 0 到 {last}，每個各出現一次。",
    "nothing": "無",
    "{name} is not a SenseVoice model{kind}: its graph takes {inputs} and gives {outputs}; a SenseVoice model takes {expected} (float, then int32) and gives logits[N, T, vocab_size]. Choose a SenseVoice model folder, or export one with `python -m tingxie.training_tools export`.":
        "{name} 不是 SenseVoice 模型{kind}：它的模型圖輸入為 {inputs}，輸出為 {outputs}；SenseVoice 模型的輸入為 {expected}（先 float，後 int32），輸出為 logits[N, T, vocab_size]。請選擇 SenseVoice 模型資料夾，或用 `python -m tingxie.training_tools export` 匯出一個。",
    " (it looks like a {framework} speaker-embedding model)": "（看起來是 {framework} 語者嵌入模型）",
    " (it looks like a speaker-segmentation model)": "（看起來是語者分段模型）",
    " (its metadata says model_type {model_type!r})": "（中繼資料的 model_type 為 {model_type!r}）",
    "{name}: metadata {key} is {value}, but the graph's prompt embedding (fed by its {input!r} input) has {rows} rows, 0 to {last}: sherpa-onnx would return no text. The metadata belongs to another model; {fix}.":
        "{name}：中繼資料 {key} 為 {value}，但模型圖的提示嵌入（由輸入 {input!r} 提供）只有 {rows} 列（0 到 {last}）：sherpa-onnx 將辨識不出任何文字。這份中繼資料屬於別的模型；{fix}。",
    "{label} lacks the metadata key {key!r} that sherpa-onnx needs; {fix}.": "{label} 缺少 sherpa-onnx 需要的中繼資料 {key!r}；{fix}。",
    "{label}: metadata {key} is {value!r}, not a whole number; {fix}.": "{label}：中繼資料 {key} 為 {value!r}，不是整數；{fix}。",
    "from {lowest} to {highest}": "介於 {lowest} 到 {highest}",
    "at least {lowest}": "至少 {lowest}",
    "{label}: metadata {key} is {value}, which sherpa-onnx cannot run with (it needs {allowed}; otherwise it stops the program or decodes garbage). Fix the metadata, or {fix}.":
        "{label}：中繼資料 {key} 為 {value}，sherpa-onnx 無法使用（必須{allowed}，否則程式會中止或解出亂碼）。請修正中繼資料，或{fix}。",
    "{label} lacks the metadata key {key!r} (CMVN) that sherpa-onnx needs; {fix}.": "{label} 缺少 sherpa-onnx 需要的中繼資料 {key!r}（CMVN）；{fix}。",
    "{label}: metadata {key} is not a comma-separated list of finite numbers; {fix}.": "{label}：中繼資料 {key} 不是以逗號分隔的有限數值清單；{fix}。",
    "{label}: metadata {key} holds a value too large for a float; {fix}.": "{label}：中繼資料 {key} 含有超出浮點數範圍的值；{fix}。",
    "its framework is {framework!r}": "其 framework 為 {framework!r}",
    "it has no 'framework' metadata": "缺少 framework 中繼資料",
    "{name} is not a speaker-embedding model sherpa-onnx can load: {found}, and sherpa-onnx knows {known}. Add the metadata with sherpa-onnx's scripts/wespeaker/add_meta_data.py (or the 3D-Speaker / NeMo one), or pick another model.":
        "{name} 不是 sherpa-onnx 能載入的語者嵌入模型：{found}，而 sherpa-onnx 只認得 {known}。請用 sherpa-onnx 的 scripts/wespeaker/add_meta_data.py（或 3D-Speaker／NeMo 的腳本）加上中繼資料，或改選其他模型。",
    "{name}: metadata window_type is {value!r}; sherpa-onnx knows {known}.": "{name}：中繼資料 window_type 為 {value!r}；sherpa-onnx 只認得 {known}。",
    "{name} lacks the metadata key 'language' that sherpa-onnx needs; {fix}.": "{name} 缺少 sherpa-onnx 需要的中繼資料 'language'；{fix}。",
    "{name}: metadata feature_normalize_type is {value!r}; sherpa-onnx's {framework} extractor supports {supported} and stops the program on anything else.":
        "{name}：中繼資料 feature_normalize_type 為 {value!r}；sherpa-onnx 的 {framework} 擷取器只支援 {supported}，其他值會使程式中止。",
    "{name}: metadata num_classes is {value}, but {speakers} speakers with powerset_max_classes {max_classes} make {needed} classes; sherpa-onnx would write past its table. The metadata belongs to another model.":
        "{name}：中繼資料 num_classes 為 {value}，但 {speakers} 位語者搭配 powerset_max_classes {max_classes} 應有 {needed} 類；sherpa-onnx 會寫出表格範圍。這份中繼資料屬於別的模型。",
    # core/recognizer.py, core/textproc.py, core/vad.py, core/writers.py
    "Unknown language {value!r}; choose one of {choices}.": "不明的語言 {value!r}；請從 {choices} 中選擇。",
    "Unknown precision {value!r}; choose {choices}.": "不明的模型精度 {value!r}；請選擇 {choices}。",
    "Threads must be a whole number from {lowest} to {highest}, not {value!r}.": "執行緒數必須是 {lowest} 到 {highest} 的整數，而不是 {value!r}。",
    "Unknown conversion {value!r}; choose from {choices}.": "不明的中文轉換 {value!r}；請從 {choices} 中選擇。",
    "{source} line {number}: expected `wrong => right`, got {line!r}.": "{source} 第 {number} 行：格式應為 `錯字 => 正字`，卻是 {line!r}。",
    "{source} line {number}: nothing to replace before `=>`.": "{source} 第 {number} 行：`=>` 前面沒有要取代的文字。",
    "{source} line {number}: bad regular expression ({reason}).": "{source} 第 {number} 行：正規表示式有誤。",
    "Cannot read the replacement rules file {path}: {reason}": "無法讀取取代規則檔 {path}。",
    "{name} is not a Silero VAD file sherpa-onnx can load; use one of {supported}.": "{name} 不是 sherpa-onnx 能載入的 Silero VAD 檔；請使用 {supported} 其中之一。",
    "The voice-activity model {path} is missing.": "找不到語音活動偵測模型 {path}。",
    "Unknown output format {value}; choose from {choices}.": "不明的輸出格式 {value}；請從 {choices} 中選擇。",
    "(none)": "（無）",
    # training_tools/checkpoint.py (the Export wizard shows these)
    "{folder} is not a complete SenseVoice checkpoint: missing {missing}. A checkpoint folder holds model.pt, config.yaml, am.mvn and the SentencePiece *.bpe.model (as FunASR's SenseVoiceSmall release does).":
        "{folder} 不是完整的 SenseVoice 檢查點：缺少 {missing}。檢查點資料夾應有 model.pt、config.yaml、am.mvn 與 SentencePiece *.bpe.model（和 FunASR 的 SenseVoiceSmall 發行版相同）。",
    "{path} is not valid JSON ({reason}); fix or remove it.": "{path} 不是有效的 JSON，請修正或移除它。",
}



def fill() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in ZH_TW:
            translation.text = ZH_TW[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill()
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    sys.exit(1 if missing else 0)
