// Shows the topic the quickcheck handed over, as the appointment picker will preselect it.
const topic = new URLSearchParams(location.search).get('topic');
if (topic) {
  document.getElementById('topic').textContent = topic;
  document.getElementById('topic-line').hidden = false;
}
